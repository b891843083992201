"""Binder (repo2docker) builds the same pinned environment, from the copied repository."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci_no_skips import in_ci
from tests.pins import course_pins

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"


def runtime_version() -> str:
    text = (BINDER / "runtime.txt").read_text().strip()
    match = re.fullmatch(r"python-(3\.\d+)", text)
    assert match, f"binder/runtime.txt should read like 'python-3.11', found {text!r}"
    return match.group(1)


@pytest.fixture(scope="module")
def dockerfile() -> str:
    """The Dockerfile repo2docker would build; --no-build needs no Docker engine."""
    repo2docker = Path(sys.executable).parent / "jupyter-repo2docker"
    result = subprocess.run(
        [str(repo2docker), "--no-build", "--debug", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"repo2docker dry run failed:\n{result.stderr[-2000:]}"
    return result.stdout + result.stderr


def test_requirements_are_installed_after_the_repository_is_copied(dockerfile):
    copy = re.search(r"^COPY .*\bsrc/ \$\{REPO_DIR\}/?$", dockerfile, re.MULTILINE)
    install = re.search(
        r"^RUN .*pip install .*-r \"?binder/requirements\.txt", dockerfile, re.MULTILINE
    )
    assert copy, "the Dockerfile never copies the repository into ${REPO_DIR}"
    assert install, "the Dockerfile never installs binder/requirements.txt"
    assert copy.start() < install.start(), (
        "binder/requirements.txt is installed before the repository is copied, so `-e .` "
        "(the helpers package) would be missing"
    )


def test_dockerfile_uses_the_pinned_python(dockerfile):
    version = runtime_version()
    assert f"Building conda environment for python={version}\n" in dockerfile
    # repo2docker copies in the conda lock file for that Python, its name escaped ('.' -> -2e).
    major, minor = version.split(".")
    locks = re.findall(r"environment-2epy-2d(\d+)-2e(\d+)-2d", dockerfile)
    assert locks == [(major, minor)], f"expected the Python {version} lock file, found {locks}"


@pytest.mark.skipif(not in_ci(), reason="CI's interpreter defines the CI version")
def test_runtime_matches_ci_python():
    ci = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert runtime_version() == ci, f"binder/runtime.txt names {runtime_version()}, CI runs {ci}"


def test_binder_installs_the_top_level_pins():
    lines = (BINDER / "requirements.txt").read_text().split("\n")
    assert "-r ../requirements.txt" in lines


def test_start_script_quiets_tensorflow_and_execs():
    start = BINDER / "start"
    assert os.access(start, os.X_OK), "binder/start must be executable"
    text = start.read_text()
    assert "export TF_CPP_MIN_LOG_LEVEL=2" in text
    assert "export TF_ENABLE_ONEDNN_OPTS=0" in text
    assert text.rstrip().splitlines()[-1] == 'exec "$@"'


def test_every_requirement_is_pinned_exactly():
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text().splitlines():
            line = line.split("#")[0].strip()
            if not line or line in ("-e .", "-r requirements.txt"):
                continue
            assert re.match(r"^[A-Za-z0-9._-]+(\[[^\]]+\])?==[^=;\s]+(\s*;.*)?$", line), (
                f"{name}: {line!r} is not pinned with =="
            )
    course = (ROOT / "requirements.txt").read_text()
    assert "\n-e .\n" in course, "requirements.txt must install the course itself (-e .)"
    for name, version in course_pins().items():
        pinned = re.search(rf"^{re.escape(name)}=={re.escape(version)}\b", course, re.MULTILINE)
        assert pinned, f"requirements.txt does not pin {name}=={version} as pyproject.toml does"
