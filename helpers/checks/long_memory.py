"""Checker for the long-memory lesson: how long a cell whose forget gate stays at f keeps half."""

from __future__ import annotations

import math

import numpy as np

from helpers.checks._verdict import Mistake, as_numbers, call_learner, checker

# Forget-gate biases: Keras' start (1), the lesson's keep gate (3), a longer one (5), and 0.
HALF_LIFE_BIASES = (1.0, 3.0, 5.0, 0.0)


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def _half_life(forget_bias: float) -> float:
    return math.log(0.5) / math.log(_sigmoid(forget_bias))


def _half_life_mistakes(forget_bias: float) -> list[tuple[float, str]]:
    f = _sigmoid(forget_bias)
    exact = _half_life(forget_bias)
    return [
        (
            0.5 / (1 - f),
            "that is a straight-line estimate; the cell is multiplied by f at every step, so "
            "after n steps it holds f ** n of its content: solve f ** n = 1 / 2 for n.",
        ),
        (
            1 / (1 - f),
            "1 / (1 - f) is the cell's mean lifetime, the steps until about e^-1 (37 %) is left; "
            "for half, solve f ** n = 1 / 2: n = log(1 / 2) / log(f).",
        ),
        (
            -1 / math.log(f),
            "log2(1 / 2) is -1 but log(f) is a natural log: use the same logarithm on both "
            "sides, n = log(1 / 2) / log(f).",
        ),
        (math.ceil(exact), "return the exact number of steps, a float, not rounded up."),
        (round(exact), "return the exact number of steps, a float, not rounded."),
        (math.floor(exact), "return the exact number of steps, a float, not rounded down."),
    ]


def _close(a: float, b: float) -> bool:
    return bool(np.isclose(a, b, rtol=1e-6, atol=1e-9))


@checker
def check_half_life(half_life) -> str:
    """Check ``half_life(forget_bias)``: the steps n after which a cell whose forget gate stays at
    f = sigmoid(forget_bias), with nothing written, keeps half its content: f ** n = 1 / 2."""
    name = "half_life"
    answers = []
    for bias in HALF_LIFE_BIASES:
        array = as_numbers(call_learner(half_life, name, bias), name)
        if array.size != 1:
            raise Mistake(f"{name}({bias}) returned shape {array.shape}; expected one number.")
        answer = float(array.reshape(()))
        if not math.isfinite(answer) or answer <= 0:
            raise Mistake(
                f"{name}({bias}) returned {answer}: a number of steps is positive. The forget "
                "gate is f = sigmoid(forget_bias), between 0 and 1, and log(f) is negative; "
                "use f, not the bias itself."
            )
        answers.append(answer)
    expected = [_half_life(bias) for bias in HALF_LIFE_BIASES]
    if all(_close(a, e) for a, e in zip(answers, expected, strict=True)):
        return (
            f"a cell halves in {expected[0]:.1f} steps at Keras' start (bias 1), in "
            f"{expected[1]:.1f} at the lesson's keep gate (bias 3): after 50 steps that leaves "
            f"{_sigmoid(1) ** 50:.0e} of it, against {_sigmoid(3) ** 50:.0%}, which a read-out "
            "can scale back up."
        )
    if len({round(a, 9) for a in answers}) == 1:
        raise Mistake(
            f"{name} returns {answers[0]} whatever the bias: compute it from forget_bias."
        )
    variants = [_half_life_mistakes(bias) for bias in HALF_LIFE_BIASES]
    for k, (_, hint) in enumerate(variants[0]):
        if all(_close(a, v[k][0]) for a, v in zip(answers, variants, strict=True)):
            raise Mistake(hint)
    raise Mistake(
        f"at forget bias 3 the gate is f = sigmoid(3) = {_sigmoid(3):.4f} and half the cell is "
        f"left after {expected[1]:.4g} steps; yours {answers[1]:.4g}. Solve f ** n = 1 / 2."
    )
