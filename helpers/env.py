"""The environment check: which versions a learner runs, without importing TensorFlow.

Standard library only, so that the check still reports when NumPy itself is missing or broken.
"""

from __future__ import annotations

import numbers
import platform
from importlib import metadata

# Distributions the course needs, in the order the report lists them.
COURSE_PACKAGES = ("numpy", "keras", "matplotlib", "ipywidgets", "jupyterlab")
SUPPORTED_PYTHON = ((3, 10), (3, 13))


def installed_version(distribution: str) -> str | None:
    """The installed version of a distribution, or None if it is not installed."""
    if not isinstance(distribution, str):
        raise TypeError(
            f"distribution must be a package name such as 'numpy', "
            f"got {type(distribution).__name__} {distribution!r}"
        )
    if not distribution.strip():
        raise ValueError(f"distribution is empty ({distribution!r}): give a name such as 'numpy'")
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
    """Versions of Python, TensorFlow and the course packages, and where TensorFlow runs."""
    report = {"Python": platform.python_version()}
    build = tensorflow_build()
    report["TensorFlow"] = f"{build[1]} ({build[0]})" if build else "not installed"
    for name in COURSE_PACKAGES:
        report[name] = installed_version(name) or "not installed"
    if build is None:
        report["device"] = "none: TensorFlow is missing"
    elif build[0] == "tensorflow-cpu":
        report["device"] = "CPU (the tensorflow-cpu build; the course needs no GPU)"
    else:
        report["device"] = "CPU, or a GPU if TensorFlow finds one (the course needs no GPU)"
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
        raise TypeError(f"version must be a tuple like (3, 11), got {version!r}")
    low, high = SUPPORTED_PYTHON
    return low <= tuple(version[:2]) <= high
