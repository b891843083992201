"""Checker for the long-memory lesson: how long a cell whose forget gate stays at f keeps half."""

from __future__ import annotations

import math

import numpy as np

from helpers.checks._verdict import Mistake, as_numbers, call_learner, checker
from helpers.i18n import say

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
            say(
                "that is a straight-line estimate; the cell is multiplied by f at every step, so "
                "after n steps it holds f ** n of its content: solve f ** n = 1 / 2 for n.",
                "그것은 직선으로 어림한 값입니다. 셀 상태에는 시점마다 f가 곱해지므로 n 시점 "
                "뒤에는 원래 내용의 f ** n이 남습니다: f ** n = 1 / 2를 n에 대해 푸십시오.",
            ),
        ),
        (
            1 / (1 - f),
            say(
                "1 / (1 - f) is the cell's mean lifetime, the steps until about e^-1 (37 %) is "
                "left; for half, solve f ** n = 1 / 2: n = log(1 / 2) / log(f).",
                "1 / (1 - f)는 셀 상태의 평균 수명, 곧 약 e^-1(37 %)이 남을 때까지의 시점 "
                "수입니다. 절반이 남는 시점은 f ** n = 1 / 2를 풀어 구하십시오: "
                "n = log(1 / 2) / log(f).",
            ),
        ),
        (
            -1 / math.log(f),
            say(
                "log2(1 / 2) is -1 but log(f) is a natural log: use the same logarithm on both "
                "sides, n = log(1 / 2) / log(f).",
                "log2(1 / 2)는 -1이지만 log(f)는 자연로그입니다: 양쪽에 같은 로그를 쓰십시오. "
                "n = log(1 / 2) / log(f).",
            ),
        ),
        (
            math.ceil(exact),
            say(
                "return the exact number of steps, a float, not rounded up.",
                "올림하지 말고 정확한 시점 수를 float로 반환하십시오.",
            ),
        ),
        (
            round(exact),
            say(
                "return the exact number of steps, a float, not rounded.",
                "반올림하지 말고 정확한 시점 수를 float로 반환하십시오.",
            ),
        ),
        (
            math.floor(exact),
            say(
                "return the exact number of steps, a float, not rounded down.",
                "내림하지 말고 정확한 시점 수를 float로 반환하십시오.",
            ),
        ),
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
            raise Mistake(
                say(
                    f"{name}({bias}) returned shape {array.shape}; expected one number.",
                    f"{name}({bias})의 반환 형태는 {array.shape}입니다: 숫자 하나를 반환해야 "
                    "합니다.",
                )
            )
        answer = float(array.reshape(()))
        if not math.isfinite(answer) or answer <= 0:
            raise Mistake(
                say(
                    f"{name}({bias}) returned {answer}: a number of steps is positive. The "
                    "forget gate is f = sigmoid(forget_bias), between 0 and 1, and log(f) is "
                    "negative; use f, not the bias itself.",
                    f"{name}({bias})의 반환값은 {answer}입니다: 시점 수는 양수여야 합니다. 망각 "
                    "게이트는 0과 1 사이의 f = sigmoid(forget_bias)이고 log(f)는 음수입니다: "
                    "편향 자체가 아니라 f를 쓰십시오.",
                )
            )
        answers.append(answer)
    expected = [_half_life(bias) for bias in HALF_LIFE_BIASES]
    if all(_close(a, e) for a, e in zip(answers, expected, strict=True)):
        return say(
            f"a cell halves in {expected[0]:.1f} steps at Keras' start (bias 1), in "
            f"{expected[1]:.1f} at the lesson's keep gate (bias 3): after 50 steps that leaves "
            f"{_sigmoid(1) ** 50:.0e} of it, against {_sigmoid(3) ** 50:.0%}, which a read-out "
            "can scale back up.",
            f"셀 상태가 절반이 되기까지 Keras의 시작값(편향 1)에서는 {expected[0]:.1f} 시점, "
            f"이 수업의 망각 게이트(편향 3)에서는 {expected[1]:.1f} 시점이 걸립니다: 50 시점 "
            f"뒤에 남는 양은 {_sigmoid(1) ** 50:.0e} 대 {_sigmoid(3) ** 50:.0%}이며, 뒤쪽은 "
            "읽어 내는 층이 다시 키울 수 있습니다.",
        )
    if len({round(a, 9) for a in answers}) == 1:
        raise Mistake(
            say(
                f"{name} returns {answers[0]} whatever the bias: compute it from forget_bias.",
                f"{name} 함수는 편향이 달라도 늘 같은 값({answers[0]})을 반환합니다: "
                "forget_bias로 계산하십시오.",
            )
        )
    variants = [_half_life_mistakes(bias) for bias in HALF_LIFE_BIASES]
    for k, (_, hint) in enumerate(variants[0]):
        if all(_close(a, v[k][0]) for a, v in zip(answers, variants, strict=True)):
            raise Mistake(hint)
    raise Mistake(
        say(
            f"at forget bias 3 the gate is f = sigmoid(3) = {_sigmoid(3):.4f} and half the cell "
            f"is left after {expected[1]:.4g} steps; yours {answers[1]:.4g}. Solve "
            "f ** n = 1 / 2.",
            f"망각 게이트 편향이 3이면 게이트는 f = sigmoid(3) = {_sigmoid(3):.4f}이고, "
            f"{expected[1]:.4g} 시점 뒤에 셀 상태의 절반이 남습니다. 여러분의 답은 "
            f"{answers[1]:.4g}입니다. f ** n = 1 / 2를 푸십시오.",
        )
    )
