"""The environment check: which versions a learner runs, without importing TensorFlow.

Standard library only, so that the check still reports when NumPy itself is missing or broken.
"""

from __future__ import annotations

import numbers
import platform
from importlib import metadata

from helpers.i18n import say  # standard library only, like this module

# Distributions the course needs, in the order the report lists them.
COURSE_PACKAGES = ("numpy", "keras", "matplotlib", "ipywidgets", "jupyterlab")
SUPPORTED_PYTHON = ((3, 10), (3, 13))
# A package's version in environment_report() when it is missing; compared with in notebook 00's
# code, which the Korean edition shares, so it is not translated.
NOT_INSTALLED = "not installed"


def installed_version(distribution: str) -> str | None:
    """The installed version of a distribution, or None if it is not installed."""
    if not isinstance(distribution, str):
        got = f"{type(distribution).__name__} {distribution!r}"
        raise TypeError(
            say(
                f"distribution must be a package name such as 'numpy', got {got}",
                f"distribution에는 'numpy' 같은 패키지 이름을 넣어야 합니다. 받은 값: {got}",
            )
        )
    if not distribution.strip():
        raise ValueError(
            say(
                f"distribution is empty ({distribution!r}): give a name such as 'numpy'",
                f"distribution에 이름이 없습니다({distribution!r}). 'numpy' 같은 이름을 넣으십시오",
            )
        )
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def tensorflow_build() -> tuple[str, str] | None:
    """``(distribution, version)`` of the installed TensorFlow, or None.

    Reading package metadata costs milliseconds; importing TensorFlow costs seconds.
    """
    for name in ("tensorflow-cpu", "tensorflow"):
        version = installed_version(name)
        if version is not None:
            return name, version
    return None


def environment_report() -> dict[str, str]:
    """Versions of Python, TensorFlow and the course packages, and where TensorFlow runs.

    The keys and ``NOT_INSTALLED`` are the same in every language: notebook 00 compares a
    version with ``"not installed"`` in code that the Korean edition shares. The ``"device"``
    line is written in the language of ``helpers.i18n``.
    """
    report = {"Python": platform.python_version()}
    build = tensorflow_build()
    report["TensorFlow"] = f"{build[1]} ({build[0]})" if build else NOT_INSTALLED
    for name in COURSE_PACKAGES:
        report[name] = installed_version(name) or NOT_INSTALLED
    if build is None:
        report["device"] = say(
            "none: TensorFlow is missing", "없음: TensorFlow가 설치되어 있지 않습니다"
        )
    elif build[0] == "tensorflow-cpu":
        report["device"] = say(
            "CPU (the tensorflow-cpu build; the course needs no GPU)",
            "CPU (tensorflow-cpu 빌드. 이 과정에는 GPU가 필요 없습니다)",
        )
    else:
        report["device"] = say(
            "CPU, or a GPU if TensorFlow finds one (the course needs no GPU)",
            "CPU, 또는 TensorFlow가 GPU를 찾으면 GPU (이 과정에는 GPU가 필요 없습니다)",
        )
    return report


def python_is_supported(version: tuple[int, ...] | None = None) -> bool:
    """Whether a Python version, ``(major, minor)`` or longer like ``sys.version_info``, is one
    the course supports (3.10 to 3.13). Without an argument: the running Python."""
    if version is None:
        version = tuple(map(int, platform.python_version_tuple()[:2]))
    if (
        not isinstance(version, tuple)
        or len(version) < 2
        or not all(
            isinstance(part, numbers.Integral) and not isinstance(part, bool)
            for part in version[:2]
        )
    ):
        raise TypeError(
            say(
                f"version must be a tuple like (3, 11), got {version!r}",
                f"version에는 (3, 11) 같은 튜플을 넣어야 합니다. 받은 값: {version!r}",
            )
        )
    low, high = SUPPORTED_PYTHON
    return low <= tuple(version[:2]) <= high
