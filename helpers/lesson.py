"""What every lesson's setup cell calls, and how a lesson prints numbers that come from training.

``setup_lesson(seed)`` is the one setup call: quiet TensorFlow, seeds, op determinism, print
options. ``about(value)`` prints a trained number as ``≈0.970``: training results change in
their last digits with the CPU, the thread count and the TensorFlow build, so the tests compare
everything a notebook prints exactly except the numbers after ``≈`` (masked by
``tests/nbval_sanitize.cfg``), and the notebook asserts those with a measured tolerance instead.
``show_source(function)`` displays the code of a helper that a lesson teaches.
"""

from __future__ import annotations

import inspect
import numbers
import os
import re
import sys
import tempfile

import numpy as np

from helpers._validate import as_float_array, describe
from helpers.fonts import use_course_fonts
from helpers.i18n import say, set_language

TRAINED = "≈"  # marks a number that comes out of training; the tests never compare its digits

# Read once, when TensorFlow is first imported. Each is set only where the environment has not
# set it already, so that `make test-numerics` can run the notebooks with other numerics.
TENSORFLOW_ENVIRONMENT = {
    "TF_CPP_MIN_LOG_LEVEL": "2",  # no C++ info and warning lines before the lesson's output
    "TF_ENABLE_ONEDNN_OPTS": "0",  # oneDNN's graph rewrites off: the numerics the outputs use
}


# What TensorFlow's C++ code writes straight to the stderr file descriptor while it loads with
# oneDNN on, whatever TF_CPP_MIN_LOG_LEVEL says (it logs before absl's logging is set up). Only
# these lines are dropped; anything else TensorFlow writes while loading is passed on.
LOAD_NOTICES = re.compile(
    r"WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR"
    r"|I\d{4} [\d:. ]+\d+ port\.cc:\d+\] oneDNN custom operations are on\..*"
)


def _without_load_notices(text: str) -> str:
    """``text`` without the lines of ``LOAD_NOTICES``, keeping every other line."""
    kept = [
        line
        for line in text.splitlines(keepends=True)
        if not LOAD_NOTICES.fullmatch(line.rstrip("\r\n"))
    ]
    return "".join(kept)


def _import_tensorflow_quietly() -> None:
    """Import TensorFlow with its load-time notices (``LOAD_NOTICES``) dropped.

    The notices go to file descriptor 2 from C++, past Python's ``sys.stderr``, so the
    descriptor itself is pointed at a temporary file during the import and restored after it;
    what else was written there is written to ``sys.stderr``.
    """
    if "tensorflow" in sys.modules:
        return
    with tempfile.TemporaryFile() as captured:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(captured.fileno(), 2)
        try:
            import tensorflow  # noqa: F401
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            captured.seek(0)
            rest = _without_load_notices(captured.read().decode("utf-8", errors="replace"))
            if rest:
                sys.stderr.write(rest)


def setup_lesson(
    seed: int, *, tensorflow: bool = True, precision: int = 4, language: str = "en"
) -> np.random.Generator:
    """Prepare a notebook: seeds, determinism, quiet logs, print options, figure fonts, the
    language the helpers speak; return its generator.

    With ``tensorflow=True`` (the Keras lessons) this sets the variables of
    ``TENSORFLOW_ENVIRONMENT`` before TensorFlow is imported (and drops the notice it prints on
    loading when the environment turned oneDNN on), then seeds Python's ``random``,
    NumPy's global generator and TensorFlow with ``keras.utils.set_random_seed(seed)`` and turns
    TensorFlow's op determinism on. With ``tensorflow=False`` (the NumPy lessons) TensorFlow is
    never imported. Either way NumPy prints ``precision`` decimals without scientific notation,
    and the returned ``np.random.Generator``, seeded with ``seed``, is the lesson's one source of
    NumPy randomness. Figures get the course's fonts (``helpers.fonts``: Hangul renders on any
    machine). ``language`` (``"en"`` or ``"ko"``) is the language of every checker's verdict,
    error message, figure label and widget label from then on (``helpers.i18n``). Running the
    cell again (as a learner may) does the same again.
    """
    set_language(language)  # first, so that the messages below are in the chosen language
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise TypeError(
            say(
                f"seed must be a whole number >= 0, such as 2024, got {describe(seed)}",
                f"seed에는 2024처럼 0 이상의 정수를 넣어야 합니다. 받은 값: {describe(seed)}",
            )
        )
    if not isinstance(tensorflow, bool):
        raise TypeError(
            say(
                f"tensorflow must be True or False, got {describe(tensorflow)}",
                f"tensorflow에는 True나 False를 넣어야 합니다. 받은 값: {describe(tensorflow)}",
            )
        )
    if isinstance(precision, bool) or not isinstance(precision, numbers.Integral):
        raise TypeError(
            say(
                f"precision must be a whole number of decimals, got {describe(precision)}",
                f"precision에는 소수점 아래 자릿수를 정수로 넣어야 합니다. "
                f"받은 값: {describe(precision)}",
            )
        )
    if not 0 <= precision <= 16:
        raise ValueError(
            say(
                f"precision must be 0 to 16 decimals, got {precision}",
                f"precision에는 0부터 16까지의 자릿수를 넣어야 합니다. 받은 값: {precision}",
            )
        )
    if tensorflow:
        if "tensorflow" not in sys.modules:  # too late once imported: TensorFlow read them then
            for name, value in TENSORFLOW_ENVIRONMENT.items():
                os.environ.setdefault(name, value)
            _import_tensorflow_quietly()
        import keras
        import tensorflow as tf

        keras.utils.set_random_seed(int(seed))
        tf.config.experimental.enable_op_determinism()
    np.set_printoptions(precision=int(precision), suppress=True)
    use_course_fonts()
    return np.random.default_rng(int(seed))


def about(value: object, fmt: str = ".3f") -> str:
    """A number, or an array of numbers, that comes out of training, written with ``≈``.

    ``about(0.96953)`` is ``'≈0.970'``; ``about(np.array([0.1, -0.25]), ".2f")`` is
    ``'[ ≈0.10 ≈-0.25]'``, right-aligned, with rows never wrapped (so that a longer number on
    another machine cannot move a line break). ``fmt`` is a format spec such as ``".3f"``,
    ``".2%"``, ``".3g"``, or ``"d"`` for a count.
    """
    if not isinstance(fmt, str):
        raise TypeError(
            say(
                f"fmt must be a format spec such as '.3f', got {describe(fmt)}",
                f"fmt에는 '.3f' 같은 서식 지정자를 넣어야 합니다. 받은 값: {describe(fmt)}",
            )
        )
    whole = fmt.endswith("d")  # a count: format spec "d" takes integers only
    try:
        format(1 if whole else 1.0, fmt)
    except ValueError:
        raise ValueError(
            say(
                f"fmt {fmt!r} is not a format spec for numbers; try '.3f'",
                f"fmt {fmt!r}: 숫자의 서식 지정자가 아닙니다. '.3f'를 써 보십시오",
            )
        ) from None
    # NaN or inf is refused: a trained number that is not finite means training went wrong.
    array = as_float_array(value, "value", ndim=range(0, 33))

    def mark(number: float) -> str:
        return TRAINED + format(round(number) if whole else float(number), fmt)

    if array.ndim == 0:
        return mark(float(array))
    width = max(len(mark(number)) for number in array.flat)  # aligned columns
    return np.array2string(
        array,
        separator=" ",
        max_line_width=sys.maxsize,
        threshold=sys.maxsize,
        formatter={"float_kind": lambda number: mark(number).rjust(width)},
    )


def show_source(function: object):
    """The code of a function from ``helpers``, displayed as the cell's output.

    For code a lesson teaches but keeps in ``helpers`` because other lessons and the tests call
    it too (the "saved to the library" of d2l): the notebook shows exactly what it runs, and
    when the function changes, the committed output no longer matches until the notebook is run
    again, so the two cannot drift apart unnoticed.
    """
    if not (inspect.isfunction(function) or inspect.isclass(function)):
        raise TypeError(
            say(
                f"function must be a function or class, got {describe(function)}",
                f"function에는 함수나 클래스를 넣어야 합니다. 받은 값: {describe(function)}",
            )
        )
    from IPython.display import Markdown

    return Markdown(f"```python\n{inspect.getsource(function)}```")
