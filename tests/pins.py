"""The exact pins of pyproject.toml, read rather than restated, for tests that check versions."""

import sys
from pathlib import Path

from packaging.requirements import Requirement

if sys.version_info >= (3, 11):
    import tomllib
else:  # pytest itself depends on tomli before Python 3.11
    import tomli as tomllib

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def course_pins() -> dict[str, str]:
    """``{distribution: version}`` for every 'course' pin whose marker holds on this machine."""
    extras = tomllib.loads(PYPROJECT.read_text())["project"]["optional-dependencies"]
    pins = {}
    for line in extras["course"]:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate():
            (specifier,) = requirement.specifier
            assert specifier.operator == "==", f"{line!r} is not an exact pin"
            pins[requirement.name] = specifier.version
    return pins


def tensorflow_pin() -> tuple[str, str]:
    """``(distribution, version)`` of the TensorFlow build pinned for this platform."""
    pins = course_pins()
    (name,) = [name for name in pins if name in ("tensorflow", "tensorflow-cpu")]
    return name, pins[name]
