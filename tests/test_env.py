"""Tests for helpers.env: the environment report of the first notebook."""

import platform
import re
import subprocess
import sys
from pathlib import Path

import matplotlib
import numpy as np
import pytest

import helpers.env
from helpers.env import (
    environment_report,
    installed_version,
    python_is_supported,
    tensorflow_build,
)
from helpers.i18n import speaking
from tests.pins import course_pins, tensorflow_pin

ROOT = Path(__file__).resolve().parents[1]

# pyproject.toml pins tensorflow-cpu where Google builds it and plain tensorflow elsewhere.
TF_DISTRIBUTION, TF_VERSION = tensorflow_pin()


def fake_versions(monkeypatch, versions):
    """Make installed_version() see only the distributions in ``versions``."""
    monkeypatch.setattr(helpers.env, "installed_version", versions.get)


def test_report_keys_in_order():
    assert list(environment_report()) == [
        "Python",
        "TensorFlow",
        "numpy",
        "keras",
        "matplotlib",
        "ipywidgets",
        "jupyterlab",
        "device",
    ]


def test_report_values_in_this_environment():
    report = environment_report()
    assert report["Python"] == platform.python_version()
    assert report["TensorFlow"] == f"{TF_VERSION} ({TF_DISTRIBUTION})"
    assert report["numpy"] == np.__version__
    assert report["matplotlib"] == matplotlib.__version__
    assert report["keras"] == course_pins()["keras"]
    for name in ("ipywidgets", "jupyterlab"):
        assert report[name] != "not installed"
    assert all(isinstance(value, str) and value for value in report.values())


def test_the_environment_has_exactly_the_pinned_versions():
    pins = course_pins()
    installed = {name: installed_version(name) for name in pins}
    assert installed == pins, (
        "run `make lab` (or pip install -r requirements.txt) to match the pins"
    )


def test_report_with_tensorflow_cpu(monkeypatch):
    fake_versions(monkeypatch, {"tensorflow-cpu": "2.21.0", "numpy": "2.2.6"})
    report = environment_report()
    assert report["TensorFlow"] == "2.21.0 (tensorflow-cpu)"
    assert report["device"] == "CPU (the tensorflow-cpu build; the course needs no GPU)"
    assert report["numpy"] == "2.2.6"
    assert report["keras"] == "not installed"


def test_report_with_plain_tensorflow(monkeypatch):
    fake_versions(monkeypatch, {"tensorflow": "2.21.0"})
    report = environment_report()
    assert report["TensorFlow"] == "2.21.0 (tensorflow)"
    assert report["device"] == "CPU, or a GPU if TensorFlow finds one (the course needs no GPU)"


def test_report_without_anything_installed(monkeypatch):
    fake_versions(monkeypatch, {})
    report = environment_report()
    assert report["TensorFlow"] == "not installed"
    assert report["device"] == "none: TensorFlow is missing"
    for name in ("numpy", "keras", "matplotlib", "ipywidgets", "jupyterlab"):
        assert report[name] == "not installed"
    assert report["Python"] == platform.python_version()


def test_tensorflow_build_in_this_environment():
    assert tensorflow_build() == (TF_DISTRIBUTION, TF_VERSION)


def test_tensorflow_build_prefers_the_cpu_build(monkeypatch):
    fake_versions(monkeypatch, {"tensorflow": "2.20.0", "tensorflow-cpu": "2.21.0"})
    assert tensorflow_build() == ("tensorflow-cpu", "2.21.0")
    fake_versions(monkeypatch, {})
    assert tensorflow_build() is None


def test_installed_version():
    assert installed_version("numpy") == np.__version__
    assert installed_version("no-such-package-xyz") is None


@pytest.mark.parametrize(
    ("version", "supported"),
    [
        ((3, 9), False),
        ((3, 10), True),
        ((3, 11), True),
        ((3, 12), True),
        ((3, 13), True),
        ((3, 14), False),
        ((2, 7), False),
        ((4, 0), False),
    ],
)
def test_python_is_supported(version, supported):
    assert python_is_supported(version) is supported


def test_python_is_supported_defaults_to_the_running_python():
    assert python_is_supported() is ((3, 10) <= sys.version_info[:2] <= (3, 13))


@pytest.mark.parametrize(
    ("running", "supported"),
    [(("3", "9", "18"), False), (("3", "13", "5"), True), (("3", "14", "0"), False)],
)
def test_python_is_supported_reads_the_running_version(monkeypatch, running, supported):
    monkeypatch.setattr(helpers.env.platform, "python_version_tuple", lambda: running)
    assert python_is_supported() is supported


@pytest.mark.parametrize("version", ["3.10", [3, 10], (3,), (3.0, 10), (True, 10)])
def test_python_is_supported_rejects_what_is_not_a_version(version):
    with pytest.raises(TypeError, match=re.escape("version must be a tuple like (3, 11), got")):
        python_is_supported(version)


def test_python_is_supported_takes_sys_version_info():
    assert python_is_supported((3, 13, 5)) is True
    assert python_is_supported(sys.version_info) is True


def test_importing_helpers_does_not_import_tensorflow():
    code = (
        "import helpers.data, helpers.plot, helpers.reference, helpers.env, sys; "
        "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_the_device_line_speaks_the_lessons_language_and_the_versions_do_not(monkeypatch):
    cases = [
        ({"tensorflow-cpu": "2.21.0"},
         "CPU (tensorflow-cpu 빌드. 이 과정에는 GPU가 필요 없습니다)"),
        ({"tensorflow": "2.21.0"},
         "CPU, 또는 TensorFlow가 GPU를 찾으면 GPU (이 과정에는 GPU가 필요 없습니다)"),
        ({}, "없음: TensorFlow가 설치되어 있지 않습니다"),
    ]  # fmt: skip
    for versions, device in cases:
        fake_versions(monkeypatch, versions)
        with speaking("ko"):
            report = environment_report()
        assert report["device"] == device
        # Notebook 00's code, the same in both editions, compares with "not installed".
        assert report["keras"] == helpers.env.NOT_INSTALLED == "not installed"
        assert list(report) == list(environment_report())


@pytest.mark.parametrize(
    ("call", "english", "korean"),
    [
        (lambda: installed_version(""), "distribution is empty ('')",
         "distribution에 이름이 없습니다(''). 'numpy' 같은 이름을 넣으십시오"),
        (lambda: installed_version(3), "distribution must be a package name such as 'numpy', got "
         "int 3", "distribution에는 'numpy' 같은 패키지 이름을 넣어야 합니다. 받은 값: int 3"),
        (lambda: python_is_supported("3.10"), "version must be a tuple like (3, 11), got '3.10'",
         "version에는 (3, 11) 같은 튜플을 넣어야 합니다. 받은 값: '3.10'"),
    ],
)  # fmt: skip
def test_bad_input_is_answered_in_the_lessons_language(call, english, korean):
    for language, message in (("en", english), ("ko", korean)):
        with speaking(language), pytest.raises((TypeError, ValueError)) as caught:
            call()
        assert message in str(caught.value)


def test_the_environment_check_still_needs_only_the_standard_library():
    code = (
        "import sys; sys.modules['numpy'] = None; import helpers.env; "
        "print(helpers.env.environment_report()['Python'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
