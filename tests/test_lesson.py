"""helpers.lesson: the one setup call of every notebook, and how trained numbers are printed."""

import os
import re
import subprocess
import sys

import numpy as np
import pytest
from nbval.plugin import get_sanitize_patterns

from helpers.lesson import (
    TENSORFLOW_ENVIRONMENT,
    TRAINED,
    _without_load_notices,
    about,
    setup_lesson,
)
from tests.notebook_files import ROOT

SANITIZE = ROOT / "tests" / "nbval_sanitize.cfg"


def sanitized(text: str) -> str:
    """``text`` as nbval compares it: every rule of tests/nbval_sanitize.cfg applied in order."""
    for regex, replace in get_sanitize_patterns(SANITIZE.read_text(encoding="ascii")):
        text = re.sub(regex, replace, text)
    return text


# --- about ----------------------------------------------------------------------------------------


def test_about_marks_a_number():
    assert about(0.96953) == "≈0.970"
    assert about(np.float32(-0.036)) == "≈-0.036"
    assert about(0.7403, ".1%") == "≈74.0%"
    assert about(933123.0, ".3g") == "≈9.33e+05"
    assert about(np.array(0.5), ".2f") == "≈0.50"
    assert about(34, "d") == "≈34" and about(np.int64(132), ">4d") == "≈ 132"


def test_about_marks_every_number_of_an_array_and_never_wraps():
    assert about(np.array([0.1, -0.25]), ".2f") == "[ ≈0.10 ≈-0.25]"  # right-aligned columns
    matrix = about(np.array([[1.0, -0.94], [0.5, 0.41]]), ".2f")
    assert matrix == "[[ ≈1.00 ≈-0.94]\n [ ≈0.50  ≈0.41]]"
    wide = about(np.linspace(-1, 1, 60).reshape(2, 30), ".3f")
    assert wide.count("\n") == 1 and wide.count(TRAINED) == 60


def test_the_tests_never_compare_the_digits_of_a_trained_number():
    # The same line from two machines: other digits, another sign, other widths in a table.
    here = f"T = 50: LSTM {about(0.970):>8} GRU {about(0.974)}, [{about(np.array([0.07, 1.0]))}]"
    there = f"T = 50: LSTM {about(-0.9704):>8} GRU {about(0.97)}, [{about(np.array([-0.1, 1]))}]"
    here += f", {about(34, '>4d')} strings, {about(0.5, '.0%')}"
    there += f", {about(132, '>4d')} strings, {about(0.25, '.0%')}"
    assert here != there
    assert sanitized(here) == sanitized(there)


def test_numbers_without_the_mark_are_still_compared():
    assert sanitized("parameters: 361, R^2 0.970") == "parameters: 361, R^2 0.970"
    assert sanitized("R^2 ≈0.970 with 361 parameters") != sanitized(
        "R^2 ≈0.970 with 362 parameters"
    )


# --- setup_lesson --------------------------------------------------------------------------------


def run_python(code: str, **environment: str) -> str:
    """Run ``code`` in a fresh interpreter (TensorFlow reads its variables once per process)."""
    env = dict(os.environ)
    for name in TENSORFLOW_ENVIRONMENT:
        env.pop(name, None)
    env.update(environment)
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout


PROBE = """
import os, sys
from helpers.lesson import setup_lesson
rng = setup_lesson(7{arguments})
import numpy as np
print("tensorflow imported:", "tensorflow" in sys.modules)
print("oneDNN:", os.environ.get("TF_ENABLE_ONEDNN_OPTS"))
print("log level:", os.environ.get("TF_CPP_MIN_LOG_LEVEL"))
print("first draw:", rng.integers(1000), "global:", np.random.randint(1000))
print("precision:", np.get_printoptions()["precision"])
if "tensorflow" in sys.modules:
    from tensorflow.python.framework import config  # the public API only has the setter
    print("determinism:", config.is_op_determinism_enabled())
"""


def test_setup_for_a_keras_lesson():
    out = run_python(PROBE.format(arguments=""))
    assert "tensorflow imported: True" in out
    assert "oneDNN: 0" in out and "log level: 2" in out and "determinism: True" in out
    assert "precision: 4" in out
    expected = f"first draw: {np.random.default_rng(7).integers(1000)} "
    assert expected in out
    assert out == run_python(PROBE.format(arguments="")), "the same seed must give the same draws"


def test_setup_leaves_the_numerics_the_environment_chose():
    """`make test-numerics` sets TF_ENABLE_ONEDNN_OPTS=1; the setup must not turn it off."""
    out = run_python(PROBE.format(arguments=""), TF_ENABLE_ONEDNN_OPTS="1")
    assert "oneDNN: 1" in out


def test_setup_for_a_numpy_lesson_never_imports_tensorflow():
    out = run_python(PROBE.format(arguments=", tensorflow=False, precision=5"))
    assert "tensorflow imported: False" in out and "oneDNN: None" in out
    assert "precision: 5" in out


@pytest.mark.parametrize("seed", [0, 2024, np.int64(3)])
def test_setup_returns_a_generator_seeded_as_asked(seed):
    rng = setup_lesson(seed, tensorflow=False)
    assert rng.random() == np.random.default_rng(int(seed)).random()


def test_setup_drops_only_tensorflows_load_notices_when_onednn_is_on():
    """With oneDNN on, TensorFlow writes a notice to stderr at load that no log level hides;
    a learner's setup cell (and `make test-numerics`) must not show it."""
    env = {**os.environ, "TF_ENABLE_ONEDNN_OPTS": "1"}
    env.pop("TF_CPP_MIN_LOG_LEVEL", None)
    code = "from helpers.lesson import setup_lesson; setup_lesson(7)"
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stderr == ""


def test_only_the_known_notices_are_dropped():
    notice = (
        "WARNING: All log messages before absl::InitializeLog() is called are written to STDERR\n"
        "I0000 00:00:1796029697.778431   28214 port.cc:153] oneDNN custom operations are on. "
        "You may see slightly different numerical results.\n"
    )
    other = "E0000 00:00:1.0 1 cuda_dnn.cc:1] Unable to register cuDNN factory\n"
    assert _without_load_notices(notice) == ""
    assert _without_load_notices(notice + other + notice) == other
