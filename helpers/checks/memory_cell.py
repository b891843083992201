"""Checkers for notebook 01: the batched memory cell and tanh saturation."""

from __future__ import annotations

import numbers

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    NotDone,
    as_answer_array,
    as_finite_numbers,
    call_learner,
    checker,
    first_difference,
    same,
    same_on_every_case,
    typed_in,
)
from helpers.i18n import say
from helpers.reference import SATURATED, simple_rnn_forward

# Two cases of different sizes, input_dim != units in both, so a transposed kernel shows and an
# answer typed in for one case fails the other: (batch, timesteps, input_dim, units, seed).
CELL_SIZES = ((3, 5, 4, 6, 7), (2, 7, 3, 5, 8))


def cell_cases() -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """The checker's cases: ``(inputs, kernel, recurrent_kernel, bias)`` in Keras' layout."""
    cases = []
    for batch, timesteps, input_dim, units, seed in CELL_SIZES:
        rng = np.random.default_rng(seed)
        cases.append(
            (
                rng.normal(size=(batch, timesteps, input_dim)),
                rng.normal(scale=0.5, size=(input_dim, units)),
                rng.normal(scale=0.5, size=(units, units)),
                rng.normal(scale=0.5, size=units),
            )
        )
    return cases


def _mistakes(case, expected) -> list[tuple[np.ndarray, str]]:
    """What the usual mistakes compute on ``case``, each with its hint."""
    inputs, kernel, recurrent_kernel, bias = case
    late = np.concatenate([np.zeros_like(expected[:, :1]), expected[:, :-1]], axis=1)
    return [
        (
            simple_rnn_forward(inputs, kernel, recurrent_kernel, np.zeros_like(bias)),
            say(
                "the bias is missing: add bias (units,) inside the tanh at every step.",
                "편향이 빠졌습니다: 모든 시점에서 tanh 안에 bias (units,)도 더하십시오.",
            ),
        ),
        (
            simple_rnn_forward(inputs, kernel, recurrent_kernel.T, bias),
            say(
                "the recurrent kernel is transposed: Keras computes h_{t-1} @ recurrent_kernel, "
                "with recurrent_kernel of shape (units, units) storing W_h transposed.",
                "순환 커널이 전치되어 있습니다: Keras는 h_{t-1} @ recurrent_kernel을 계산하며, "
                "형태가 (units, units)인 recurrent_kernel에는 W_h가 전치되어 저장됩니다.",
            ),
        ),
        (
            simple_rnn_forward(inputs, kernel, np.zeros_like(recurrent_kernel), bias),
            say(
                "the state never feeds back: add h_{t-1} @ recurrent_kernel, the memory of the "
                "earlier steps.",
                "은닉 상태가 다음 시점으로 되돌아가지 않습니다: 앞선 시점들의 기억인 "
                "h_{t-1} @ recurrent_kernel도 더하십시오.",
            ),
        ),
        (
            simple_rnn_forward(*case, activation=lambda z: z),
            say(
                "tanh is missing: h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias).",
                "tanh 활성화 함수가 빠졌습니다: "
                "h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias).",
            ),
        ),
        (
            late,
            say(
                "your states are one step late: you stored h before updating it. Store the new "
                "state after computing it.",
                "은닉 상태가 한 시점씩 늦습니다: h를 갱신하기 전에 저장했습니다. 새 상태를 "
                "계산한 다음에 저장하십시오.",
            ),
        ),
    ]


@checker
def check_batched_memory_cell(batched_memory_cell) -> str:
    """Check ``batched_memory_cell(inputs, kernel, recurrent_kernel, bias)`` in Keras layout.

    Expected: inputs ``(batch, timesteps, input_dim)`` and weights ``(input_dim, units)``,
    ``(units, units)``, ``(units,)`` give every state, ``(batch, timesteps, units)``. Checked on
    two cases of different sizes, each computed before the learner's code runs, which gets
    copies of the arrays.
    """
    cases = cell_cases()
    expected = [simple_rnn_forward(*case) for case in cases]
    name = "batched_memory_cell"
    answers = []
    for case in cases:
        batch, units = case[0].shape[0], case[1].shape[1]
        result = call_learner(
            batched_memory_cell, name, *case,
            hint=say(
                "In Keras' layout a step is x_t @ kernel + h @ recurrent_kernel + bias, with "
                f"x_t of shape (batch, input_dim) and kernel (input_dim, units) = {case[1].shape}.",
                "Keras의 가중치 형식에서 한 시점의 계산은 x_t @ kernel + h @ recurrent_kernel + "
                "bias이며, x_t의 형태는 (batch, input_dim), kernel의 형태는 (input_dim, units) = "
                f"{case[1].shape}입니다.",
            ),
        )  # fmt: skip
        answers.append(as_finite_numbers(result, name))
    if typed_in(answers, expected):
        raise Mistake(
            say(
                f"{name} gives the same states whatever the inputs: compute them from inputs, "
                "kernel, recurrent_kernel and bias, not from numbers typed in.",
                f"{name} 함수는 입력이 달라도 늘 같은 상태를 반환합니다: 직접 적어 넣은 숫자가 "
                "아니라 inputs, kernel, recurrent_kernel, bias로 계산하십시오.",
            )
        )
    for case, answer, truth in zip(cases, answers, expected, strict=True):
        batch, timesteps, units = truth.shape
        if answer.shape == (batch, units) and same(answer, truth[:, -1]):
            raise Mistake(
                say(
                    f"you returned only the last state, shape {answer.shape}. Return the state "
                    f"after every step, shape (batch, timesteps, units) = {truth.shape}.",
                    f"마지막 시점의 은닉 상태만 반환했습니다(형태 {answer.shape}). 모든 시점의 "
                    f"은닉 상태를 반환하십시오: 형태 (batch, timesteps, units) = {truth.shape}.",
                )
            )
        if answer.shape == (batch, timesteps + 1, units):
            raise Mistake(
                say(
                    f"you returned {timesteps + 1} steps for {timesteps} inputs: leave out h_0, "
                    "the zeros you start from. Row t should be the state after reading x_t.",
                    f"입력은 {timesteps}개인데 시점을 {timesteps + 1}개 반환했습니다: 처음에 두는 "
                    "0, 곧 h_0 상태는 빼십시오. t번째 행은 x_t를 읽은 뒤의 은닉 상태여야 합니다.",
                )
            )
        if answer.shape != truth.shape:
            raise Mistake(
                say(
                    f"for inputs of shape {case[0].shape} and {units} units, {name} returned "
                    f"shape {answer.shape}; expected {truth.shape} = (batch, timesteps, units).",
                    f"입력의 형태가 {case[0].shape}이고 units가 {units}일 때 {name} 함수가 반환한 "
                    f"형태는 {answer.shape}입니다. 기대한 형태는 {truth.shape} = "
                    "(batch, timesteps, units)입니다.",
                )
            )
        as_answer_array(answer, name, truth.shape)  # NaN or infinite values
    if same_on_every_case(answers, expected):
        return say(
            "your batched loop matches the reference SimpleRNN on both cases, every step.",
            "배치 루프가 두 사례 모두, 모든 시점에서 참조 구현(SimpleRNN)과 일치합니다.",
        )
    variants = [_mistakes(case, truth) for case, truth in zip(cases, expected, strict=True)]
    for k, (_, hint) in enumerate(variants[0]):
        if same_on_every_case(answers, [variant[k][0] for variant in variants]):
            raise Mistake(hint)
    for case, answer, truth in zip(cases, answers, expected, strict=True):
        if not same(answer, truth):
            sequence, step, _ = first_difference(answer, truth)
            raise Mistake(
                say(
                    f"the shape is right but the values differ, first at sequence {sequence + 1}, "
                    f"step {step + 1}, for inputs of shape {case[0].shape}. Compare your loop "
                    "with h_t = tanh(x_t @ kernel + h_(t-1) @ recurrent_kernel + bias), from "
                    "h_0 = 0.",
                    f"형태는 맞지만 값이 다릅니다. 형태가 {case[0].shape}인 입력에서 처음 다른 "
                    f"곳은 시퀀스 {sequence + 1}, 시점 {step + 1}입니다. 루프를 다음 식과 비교해 "
                    "보십시오: h_t = tanh(x_t @ kernel + h_(t-1) @ recurrent_kernel + bias), "
                    "시작은 h_0 = 0.",
                )
            )
    raise AssertionError("unreachable: every case matched")  # pragma: no cover


# --- saturation -----------------------------------------------------------------------------

SCALES = tuple(round(0.5 * k, 1) for k in range(1, 21))  # 0.5, 1.0, ..., 10.0


def saturation_problem() -> dict[str, np.ndarray | tuple[float, ...]]:
    """The saturation exercise's data, in notebook 01's column-vector layout.

    Returns ``inputs`` ``(10, 4)``, zero-mean ``W_x`` ``(8, 4)``, ``W_h`` ``(8, 8)``, ``b``
    ``(8,)``, and the candidate ``scales`` (0.5 to 10 in steps of 0.5). The cell is run with
    every weight multiplied by one scale.
    """
    rng = np.random.default_rng(11)
    return {
        "inputs": rng.random((10, 4)),
        "W_x": rng.normal(0, 1 / np.sqrt(4), (8, 4)),
        "W_h": rng.normal(0, 1 / np.sqrt(8), (8, 8)),
        "b": rng.normal(0, 0.5, 8),
        "scales": SCALES,
    }


def _fraction_saturated(scale: float, threshold: float = SATURATED) -> float:
    p = saturation_problem()
    states = simple_rnn_forward(p["inputs"], scale * p["W_x"].T, scale * p["W_h"].T, scale * p["b"])
    return float((np.abs(states) > threshold).mean())


def _smallest_scale(threshold: float = SATURATED) -> float | None:
    return next((s for s in SCALES if _fraction_saturated(s, threshold) > 0.5), None)


@checker
def check_saturation_scale(scale) -> str:
    """Check the smallest scale in ``SCALES`` at which more than half the states have |h| > 0.99."""
    if scale is None:
        raise NotDone(
            say(
                "set scale to the smallest value in problem['scales'] that saturates.",
                "scale에 problem['scales'] 가운데 포화를 일으키는 가장 작은 값을 넣으십시오.",
            )
        )
    if isinstance(scale, (bool, np.bool_)) or not isinstance(scale, numbers.Real):
        raise Mistake(
            say(
                f"scale should be a number from problem['scales'], got {describe(scale)}.",
                f"scale은 problem['scales']에 있는 숫자여야 합니다(받은 값: {describe(scale)}).",
            )
        )
    try:
        value = float(scale)
    except OverflowError:  # an int beyond float range, such as 10**400
        value = float("inf")
    if not any(np.isclose(value, s) for s in SCALES):
        raise Mistake(
            say(
                f"scale {scale} is not one of the candidates {list(SCALES)}.",
                f"scale {scale}: 선택지 {list(SCALES)} 가운데 하나가 아닙니다.",
            )
        )
    answer = min(SCALES, key=lambda s: abs(s - value))
    fraction = _fraction_saturated(answer)
    if answer == _smallest_scale():
        return say(
            f"at scale {answer}, {fraction:.0%} of the states have |h| > {SATURATED}.",
            f"scale {answer}에서 은닉 상태의 {fraction:.0%}가 |h| > {SATURATED}입니다.",
        )
    if np.isclose(fraction, 0.5):
        raise Mistake(
            say(
                f"at scale {answer} exactly half of the states (50%) have |h| > {SATURATED}: "
                "more than half is wanted, so a larger scale.",
                f"scale {answer}에서는 은닉 상태의 정확히 절반(50%)이 |h| > {SATURATED}입니다: "
                "절반보다 많아야 하므로 더 큰 scale이 필요합니다.",
            )
        )
    loose = 0.9  # a threshold learners often type for "near 1"
    if answer == _smallest_scale(loose):
        loose_fraction = _fraction_saturated(answer, loose)
        raise Mistake(
            say(
                f"at scale {answer}, {loose_fraction:.0%} have |h| > {loose}, "
                f"but only {fraction:.0%} have |h| > {SATURATED}: the threshold is {SATURATED}.",
                f"scale {answer}에서 |h| > {loose}인 것은 {loose_fraction:.0%}이지만 "
                f"|h| > {SATURATED}인 것은 {fraction:.0%}뿐입니다: 기준은 {SATURATED}입니다.",
            )
        )
    if fraction <= 0.5:
        raise Mistake(
            say(
                f"at scale {answer} only {fraction:.0%} of the states have |h| > {SATURATED}: "
                "not more than half. Try larger scales.",
                f"scale {answer}에서 |h| > {SATURATED}인 은닉 상태는 {fraction:.0%}뿐입니다: "
                "절반을 넘지 않습니다. 더 큰 scale을 시도해 보십시오.",
            )
        )
    raise Mistake(
        say(
            f"scale {answer} saturates {fraction:.0%} of the states, but a smaller scale already "
            f"saturates more than half of them: the smallest one is wanted.",
            f"scale {answer}에서는 은닉 상태의 {fraction:.0%}가 포화되지만, 더 작은 scale에서 "
            "이미 절반 넘게 포화됩니다: 그런 scale 가운데 가장 작은 값을 찾으십시오.",
        )
    )
