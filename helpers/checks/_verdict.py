"""The machinery every checker shares: a printed verdict, a True/False result, no tracebacks.

A checker function raises ``NotDone`` for an untouched stub and ``Mistake`` with a hint for a
wrong answer; ``checker`` turns those into one printed line and a return value. A learner's code
that raises is reported in words too, so a checker never ends in a traceback.

Any other exception is a bug in the checker itself. A learner is told so, in a line of its own
(never "Not yet", which would blame their answer); the test suite sets COURSE_CHECKER_ERRORS=raise
so that the same bug raises CheckerError and fails the tests instead.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable

import numpy as np

from helpers._validate import describe

PASSED = "✅ Correct!"
NOT_YET = "❌ Not yet:"
NOT_DONE = "⏳ Not done yet:"
CHECKER_FAILED = "⚠️ The checker itself failed:"
CHECKER_ERRORS = "COURSE_CHECKER_ERRORS"


class CheckerError(RuntimeError):
    """A bug in a checker's own code, not a mistake in the learner's answer."""


class NotDone(Exception):
    """The answer is still the starter stub."""


class Mistake(Exception):
    """The answer is wrong; the message is the hint to print."""


def checker(check: Callable[..., str]) -> Callable[..., bool]:
    """Wrap ``check`` (which returns a success note) so it prints a verdict and returns a bool."""

    @functools.wraps(check)
    def run(*args, **kwargs) -> bool:
        try:
            note = check(*args, **kwargs)
        except NotDone as stub:
            print(NOT_DONE, stub)
            return False
        except Mistake as mistake:
            print(NOT_YET, mistake)
            return False
        except Exception as error:  # noqa: BLE001 - a learner must see words, not a traceback
            # The learner's own code runs inside call_learner, which turns its errors into a
            # Mistake: anything else that escapes is a bug in the checker.
            what = f"{check.__name__} failed: {type(error).__name__}: {error}"
            if os.environ.get(CHECKER_ERRORS) == "raise":  # the test suite: fail loudly
                raise CheckerError(what) from error
            print(
                CHECKER_FAILED,
                f"{type(error).__name__}: {error}. This is a bug in the course, not in your "
                "answer: please report it, with this line.",
            )
            return False
        print(PASSED, note)
        return True

    return run


def require_function(function: object, name: str) -> None:
    """A NotDone for ``None`` and a Mistake for anything that cannot be called."""
    if function is None:
        raise NotDone(f"define {name} and pass it to the checker.")
    if not callable(function):
        raise Mistake(f"pass the function {name} itself, got {describe(function)}.")


def call_learner(function: object, name: str, *args, hint: str = ""):
    """Call a learner's function, turning a crash or a stub's ``None`` into a verdict.

    ``hint`` follows the learner's error message when the function raises.
    """
    require_function(function, name)
    try:
        result = function(*args)
    except Exception as error:  # noqa: BLE001 - report the learner's error in words
        hint = hint or "Print the shape of each array inside your function to find the line."
        raise Mistake(f"{name} raised {type(error).__name__}: {error}. {hint}") from None
    if result is None:
        raise NotDone(f"{name} returns None: replace the stub's `return None` with your code.")
    return result


def as_numbers(value: object, name: str) -> np.ndarray:
    """The learner's result as a float array of any shape, or a Mistake saying why not."""
    not_an_array = Mistake(f"{name} should return a NumPy array, got {describe(value)}.")
    if value is None:
        raise not_an_array
    try:
        raw = np.asarray(value)
    except ValueError:  # ragged nesting, such as a list of rows of different lengths
        raise Mistake(
            f"{name} should return an array with a regular shape (rows of equal length), "
            f"got {describe(value)}."
        ) from None
    # Converting would quietly parse "0.5" or drop imaginary parts: a wrong answer marked right.
    if raw.dtype.kind in "US":
        raise not_an_array
    if raw.dtype.kind == "c":
        raise Mistake(f"{name} returned complex numbers; expected real ones.")
    try:
        return np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise not_an_array from None


def as_answer_array(value: object, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """The learner's result as a float array of the expected shape, or a Mistake saying why not."""
    array = as_numbers(value, name)
    if array.shape != shape:
        raise Mistake(f"{name} returned shape {array.shape}, expected {shape}.")
    if not np.all(np.isfinite(array)):
        raise Mistake(f"{name} returned NaN or infinite values.")
    return array


def same(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal up to float32 rounding (answers may come from NumPy or from Keras)."""
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-4, atol=1e-5))


def model_io(model: object, name: str) -> tuple[tuple, list[tuple]]:
    """A built Keras model's input shape and output shapes, or a Mistake/NotDone saying why not.

    Duck-typed, so importing the checkers never imports Keras or TensorFlow.
    """
    if model is None:
        raise NotDone(f"{name} returns None: build the model and return it.")
    if not all(hasattr(model, attr) for attr in ("layers", "count_params")):
        raise Mistake(f"{name} should return a Keras model, got {describe(model)}.")
    try:
        inputs, outputs = model.inputs, model.outputs
    except (AttributeError, ValueError):
        inputs = outputs = None
    if not inputs or not outputs:
        raise Mistake(
            f"{name}'s model has no input yet: start it with keras.Input(shape=...) so that "
            f"Keras knows the shapes."
        )
    if len(inputs) != 1:
        raise Mistake(f"{name}'s model should have one input, it has {len(inputs)}.")
    return tuple(inputs[0].shape), [tuple(output.shape) for output in outputs]


def layer_kinds(model) -> list[str]:
    """The class names of a model's layers, e.g. ['SimpleRNN', 'Dense']."""
    return [type(layer).__name__ for layer in model.layers]


def run_model(model, inputs: np.ndarray) -> np.ndarray:
    """A model's output for ``inputs`` as a NumPy array, or a Mistake saying why it failed."""
    try:
        output = model(inputs, training=False)
        return np.asarray(output.numpy() if hasattr(output, "numpy") else output)
    except Exception as error:  # noqa: BLE001 - report in words
        raise Mistake(
            f"the model could not run on a batch: {type(error).__name__}: {error}"
        ) from None
