"""Input checks shared by the helpers: turn bad input into a message that names the value."""

from __future__ import annotations

import numbers
import re
from collections.abc import Sequence

import numpy as np


def describe(value: object) -> str:
    """A short description of ``value`` for error messages (type and, for arrays, shape)."""
    if isinstance(value, np.ndarray):
        return f"array of shape {value.shape} and dtype {value.dtype}"
    # One line: the repr of a list of arrays spans several. A str's repr escapes its newlines.
    text = re.sub(r"\s*\n\s*", " ", repr(value))
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


def as_float_array(value: object, name: str, ndim: int | Sequence[int]) -> np.ndarray:
    """Return ``value`` as a float64 array with one of the allowed numbers of dimensions.

    Raises ``TypeError`` for non-numeric input (None, strings, text or complex arrays, objects)
    and ``ValueError`` for a wrong number of dimensions, an empty axis, or NaN/infinite entries.
    """
    allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
    if value is None or isinstance(value, (str, bytes)):
        raise TypeError(f"{name} must be a numeric array, got {describe(value)}")
    unreadable = TypeError(
        f"{name} must be a numeric array of finite numbers with a regular shape, "
        f"got {describe(value)}"
    )
    try:
        raw = np.asarray(value)
    except (TypeError, ValueError, OverflowError):
        raise unreadable from None
    if raw.dtype.kind == "b":
        raise TypeError(f"{name} must hold numbers, not True/False values")
    # Converting would quietly parse "1.5" or drop imaginary parts: a silent wrong answer.
    if raw.dtype.kind in "US":
        raise TypeError(f"{name} must be a numeric array, not text, got {describe(value)}")
    if raw.dtype.kind == "c":
        raise TypeError(f"{name} must hold real numbers, not complex ones, got {describe(value)}")
    if raw.dtype.kind == "O" and any(item is None for item in raw.flat):
        # float(None) would become NaN, and the message would blame NaN the learner never typed.
        raise TypeError(f"{name} has None where a number is expected, got {describe(value)}")
    try:
        array = np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise unreadable from None
    if array.ndim not in allowed:
        wanted = " or ".join(f"{n}-D" for n in allowed)
        raise ValueError(f"{name} must be {wanted}, got shape {array.shape}")
    if 0 in array.shape:
        raise ValueError(f"{name} must not be empty, got shape {array.shape}")
    finite = np.isfinite(array)
    if not finite.all():
        where = tuple(int(i) for i in np.argwhere(~finite)[0])
        at = "" if not where else f" at index {where[0] if len(where) == 1 else where}"
        raise ValueError(f"{name} contains NaN or infinite values: {array[where]}{at}")
    return array


def as_int_in_range(value: object, name: str, low: int, high: int) -> int:
    """Return ``value`` as an int, requiring a whole number from ``low`` to ``high`` inclusive."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be a whole number, got {describe(value)}")
    if not low <= value <= high:
        raise ValueError(f"{name} {value} is outside {low} to {high}")
    return int(value)


def as_positive_int(value: object, name: str, minimum: int = 1) -> int:
    """Return ``value`` as an int, requiring a whole number of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be a whole number, got {describe(value)}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    return int(value)


def as_flag(value: object, name: str) -> bool:
    """Return ``value`` as a bool, requiring True or False (a string such as "False" is truthy)."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{name} must be True or False, got {describe(value)}")
    return bool(value)
