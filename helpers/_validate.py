"""Input checks shared by the helpers: turn bad input into a message that names the value."""

from __future__ import annotations

import numbers
from collections.abc import Sequence

import numpy as np


def describe(value: object) -> str:
    """A short description of ``value`` for error messages (type and, for arrays, shape)."""
    if isinstance(value, np.ndarray):
        return f"array of shape {value.shape} and dtype {value.dtype}"
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


def as_float_array(value: object, name: str, ndim: int | Sequence[int]) -> np.ndarray:
    """Return ``value`` as a float64 array with one of the allowed numbers of dimensions.

    Raises ``TypeError`` for non-numeric input (None, strings, objects) and ``ValueError`` for a
    wrong number of dimensions, an empty axis, or NaN/infinite entries.
    """
    allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
    if value is None or isinstance(value, (str, bytes)):
        raise TypeError(f"{name} must be a numeric array, got {describe(value)}")
    try:
        array = np.asarray(value, dtype=np.float64)
        is_bool = np.asarray(value).dtype == bool
    except (TypeError, ValueError, OverflowError):
        raise TypeError(
            f"{name} must be a numeric array of finite numbers with a regular shape, "
            f"got {describe(value)}"
        ) from None
    if is_bool:
        raise TypeError(f"{name} must hold numbers, not True/False values")
    if array.ndim not in allowed:
        wanted = " or ".join(f"{n}-D" for n in allowed)
        raise ValueError(f"{name} must be {wanted}, got shape {array.shape}")
    if 0 in array.shape:
        raise ValueError(f"{name} must not be empty, got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} contains NaN or infinite values")
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
