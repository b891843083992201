"""Input checks shared by the helpers: turn bad input into a message that names the value."""

from __future__ import annotations

import numbers
import re
from collections.abc import Sequence

import numpy as np

from helpers.i18n import say


def describe(value: object) -> str:
    """A short description of ``value`` for error messages (type and, for arrays, shape)."""
    if isinstance(value, np.ndarray):
        return say(
            f"array of shape {value.shape} and dtype {value.dtype}",
            f"형태가 {value.shape}이고 dtype이 {value.dtype}인 배열",
        )
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
        raise TypeError(
            say(
                f"{name} must be a numeric array, got {describe(value)}",
                f"{name}에는 숫자 배열을 넣어야 합니다. 받은 값: {describe(value)}",
            )
        )
    unreadable = TypeError(
        say(
            f"{name} must be a numeric array of finite numbers with a regular shape, "
            f"got {describe(value)}",
            f"{name}에는 모양이 고른(행의 길이가 같은) 유한한 숫자 배열을 넣어야 합니다. "
            f"받은 값: {describe(value)}",
        )
    )
    try:
        raw = np.asarray(value)
    except (TypeError, ValueError, OverflowError):
        raise unreadable from None
    if raw.dtype.kind == "b":
        raise TypeError(
            say(
                f"{name} must hold numbers, not True/False values",
                f"{name}에는 True/False 값이 아니라 숫자를 넣어야 합니다",
            )
        )
    # Converting would quietly parse "1.5" or drop imaginary parts: a silent wrong answer.
    if raw.dtype.kind in "US":
        raise TypeError(
            say(
                f"{name} must be a numeric array, not text, got {describe(value)}",
                f"{name}에는 텍스트가 아니라 숫자 배열을 넣어야 합니다. 받은 값: {describe(value)}",
            )
        )
    if raw.dtype.kind == "c":
        raise TypeError(
            say(
                f"{name} must hold real numbers, not complex ones, got {describe(value)}",
                f"{name}에는 복소수가 아니라 실수를 넣어야 합니다. 받은 값: {describe(value)}",
            )
        )
    if raw.dtype.kind == "O" and any(item is None for item in raw.flat):
        # float(None) would become NaN, and the message would blame NaN the learner never typed.
        raise TypeError(
            say(
                f"{name} has None where a number is expected, got {describe(value)}",
                f"{name}에 숫자가 있어야 할 자리에 None이 있습니다. 받은 값: {describe(value)}",
            )
        )
    try:
        array = np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise unreadable from None
    if array.ndim not in allowed:
        wanted = say(" or ", " 또는 ").join(f"{n}-D" for n in allowed)
        raise ValueError(
            say(
                f"{name} must be {wanted}, got shape {array.shape}",
                f"{name}에는 {wanted} 배열을 넣어야 합니다. 받은 형태: {array.shape}",
            )
        )
    if 0 in array.shape:
        raise ValueError(
            say(
                f"{name} must not be empty, got shape {array.shape}",
                f"{name}에 빈 배열을 넣을 수 없습니다. 받은 형태: {array.shape}",
            )
        )
    finite = np.isfinite(array)
    if not finite.all():
        where = tuple(int(i) for i in np.argwhere(~finite)[0])
        index = where[0] if len(where) == 1 else where
        raise ValueError(
            say(
                f"{name} contains NaN or infinite values: {array[where]}"
                + (f" at index {index}" if where else ""),
                f"{name}에 NaN이나 무한대 값이 있습니다: {array[where]}"
                + (f" (인덱스 {index})" if where else ""),
            )
        )
    return array


def _not_whole(value: object, name: str) -> str:
    return say(
        f"{name} must be a whole number, got {describe(value)}",
        f"{name}에는 정수를 넣어야 합니다. 받은 값: {describe(value)}",
    )


def as_int_in_range(value: object, name: str, low: int, high: int) -> int:
    """Return ``value`` as an int, requiring a whole number from ``low`` to ``high`` inclusive."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(_not_whole(value, name))
    if not low <= value <= high:
        raise ValueError(
            say(
                f"{name} {value} is outside {low} to {high}",
                f"{name}에는 {low}부터 {high}까지의 값을 넣어야 합니다. 받은 값: {value}",
            )
        )
    return int(value)


def as_positive_int(value: object, name: str, minimum: int = 1) -> int:
    """Return ``value`` as an int, requiring a whole number of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(_not_whole(value, name))
    if value < minimum:
        raise ValueError(
            say(
                f"{name} must be at least {minimum}, got {value}",
                f"{name}에는 {minimum} 이상의 값을 넣어야 합니다. 받은 값: {value}",
            )
        )
    return int(value)


def as_flag(value: object, name: str) -> bool:
    """Return ``value`` as a bool, requiring True or False (a string such as "False" is truthy)."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(
            say(
                f"{name} must be True or False, got {describe(value)}",
                f"{name}에는 True나 False를 넣어야 합니다. 받은 값: {describe(value)}",
            )
        )
    return bool(value)
