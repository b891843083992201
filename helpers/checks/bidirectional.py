"""Checkers for notebook 04: the backward direction by hand, parameters of a bidirectional stack."""

from __future__ import annotations

import numpy as np

from helpers.checks._verdict import (
    Mistake,
    as_answer_array,
    as_finite_numbers,
    as_whole_number,
    call_learner,
    checker,
    judge_counts,
    same_on_every_case,
    typed_in,
)
from helpers.i18n import say
from helpers.reference import simple_rnn_forward

# Two cases of different sizes: (batch, timesteps, features, units, seed).
BACKWARD_SIZES = ((2, 6, 3, 4, 5), (3, 4, 2, 5, 6))


def backward_cases() -> list[tuple[np.ndarray, list, list]]:
    """The checker's cases: ``(x, backward_weights, forward_weights)``, weights in Keras' layout
    ``[kernel, recurrent_kernel, bias]``."""
    cases = []
    for batch, steps, features, units, seed in BACKWARD_SIZES:
        rng = np.random.default_rng(seed)
        x = rng.normal(size=(batch, steps, features)).astype("float32")
        shapes = ((features, units), (units, units), (units,))
        forward, backward = (
            [rng.normal(scale=0.6, size=shape).astype("float32") for shape in shapes]
            for _ in range(2)
        )
        cases.append((x, backward, forward))
    return cases


def _bidirectional_output(x: np.ndarray, forward_weights, backward_weights) -> np.ndarray:
    """What ``Bidirectional(SimpleRNN(units, return_sequences=True))`` gives for these weights."""
    import keras  # only when the checker runs: notebook 04 has imported it already

    units = forward_weights[1].shape[0]
    zeros = {"kernel_initializer": "zeros", "recurrent_initializer": "zeros"}  # no RNG draws
    layer = keras.layers.Bidirectional(
        keras.layers.SimpleRNN(units, return_sequences=True, **zeros)
    )
    layer.build((None, *x.shape[1:]))
    layer.forward_layer.set_weights(forward_weights)
    layer.backward_layer.set_weights(backward_weights)
    return keras.ops.convert_to_numpy(layer(x))


@checker
def check_backward_direction(backward_states) -> str:
    """Check ``backward_states(x, kernel, recurrent_kernel, bias)`` against ``Bidirectional``.

    Expected: the backward half of a bidirectional SimpleRNN's output, ``(batch, timesteps,
    units)``, with step t aligned to input step t; on two cases of different sizes, computed
    before the learner's function runs on copies of them.
    """
    cases = backward_cases()
    name = "backward_states"
    expected = []
    for x, backward, forward in cases:
        units = backward[1].shape[0]
        expected.append(_bidirectional_output(x, forward, backward)[..., units:])
    answers = [
        as_finite_numbers(call_learner(backward_states, name, x, *backward), name)
        for x, backward, _ in cases
    ]
    if typed_in(answers, expected):
        raise Mistake(
            say(
                f"{name} gives the same states whatever the inputs: compute them from x and the "
                "weights, not from numbers typed in.",
                f"{name} 함수는 입력이 달라도 늘 같은 상태를 반환합니다: 직접 적어 넣은 숫자가 "
                "아니라 x와 가중치로 계산하십시오.",
            )
        )
    for answer, truth in zip(answers, expected, strict=True):
        as_answer_array(answer, name, truth.shape)
    if same_on_every_case(answers, expected):
        return say(
            "your backward states equal the backward half of Bidirectional's output.",
            "역방향 은닉 상태가 Bidirectional 출력의 역방향 절반과 같습니다.",
        )
    variants = [
        (
            lambda x, w: simple_rnn_forward(x, *w),
            say(
                "you ran the sequence forwards: reverse the time axis, x[:, ::-1], before the "
                "loop.",
                "시퀀스를 정방향으로 실행했습니다: 루프 전에 시간 축을 뒤집으십시오, x[:, ::-1].",
            ),
        ),
        (
            lambda x, w: simple_rnn_forward(x, *w)[:, ::-1],
            say(
                "you reversed the states of a forward run: reverse the input instead, run the "
                "loop on x[:, ::-1], then reverse the states back.",
                "정방향으로 실행한 은닉 상태를 뒤집었습니다: 대신 입력을 뒤집어 x[:, ::-1]에서 "
                "루프를 실행한 다음, 은닉 상태를 다시 뒤집으십시오.",
            ),
        ),
        (
            lambda x, w: simple_rnn_forward(x[:, ::-1], *w),
            say(
                "right states, wrong order: reverse them back, states[:, ::-1], so that step t "
                "lines up with input step t as in Bidirectional's output.",
                "은닉 상태는 맞지만 순서가 틀렸습니다: Bidirectional의 출력처럼 시점 t가 입력의 "
                "시점 t와 맞도록 states[:, ::-1]로 다시 뒤집으십시오.",
            ),
        ),
        (
            lambda x, w: simple_rnn_forward(x[:, ::-1], w[0], w[1], 0 * w[2])[:, ::-1],
            say(
                "the bias is missing: add bias (units,) inside the tanh at every step.",
                "편향이 빠졌습니다: 모든 시점에서 tanh 안에 bias (units,)도 더하십시오.",
            ),
        ),
    ]
    for variant, hint in variants:
        if same_on_every_case(answers, [variant(x, w) for x, w, _ in cases]):
            raise Mistake(hint)
    raise Mistake(
        say(
            "the values differ from Bidirectional's backward half. Run simple_rnn_forward on "
            "x[:, ::-1] with the weights given, then reverse its output in time.",
            "값이 Bidirectional 출력의 역방향 절반과 다릅니다. 주어진 가중치로 x[:, ::-1]에 "
            "simple_rnn_forward를 실행한 다음, 그 출력을 시간 축에서 뒤집으십시오.",
        )
    )


def _stack_params(units: int, input_dim: int, depth: int) -> int:
    first = 2 * units * (units + input_dim + 1)
    above = 2 * units * (units + 2 * units + 1)  # reads both directions: 2 * units features
    return first + (depth - 1) * above


_STACK_CASES = ((8, 4, 4), (3, 5, 1), (6, 2, 3))  # (units, input_dim, depth); note 001 first


@checker
def check_bidirectional_stack_params(stack_param_count) -> str:
    """Check ``stack_param_count(units, input_dim, depth)`` for a stack of
    ``Bidirectional(SimpleRNN(units, return_sequences=True))`` layers."""
    answers = [
        as_whole_number(
            call_learner(stack_param_count, "stack_param_count", units, input_dim, depth),
            say("stack_param_count's answer", "stack_param_count의 답"),
        )
        for units, input_dim, depth in _STACK_CASES
    ]
    truth = [_stack_params(*case) for case in _STACK_CASES]
    if answers == truth:
        return say(
            f"note 001's 4-layer stack has {truth[0]} parameters, and the other cases match.",
            f"원본 노트 001의 4층 스택에는 파라미터가 {truth[0]}개 있고, 다른 사례도 모두 "
            "맞습니다.",
        )
    variants = [
        (
            lambda u, d, n: _stack_params(u, d, n) // 2,
            say(
                "each Bidirectional layer holds two SimpleRNNs, forward and backward: multiply "
                "by 2.",
                "Bidirectional 층마다 정방향과 역방향, 두 SimpleRNN이 들어 있습니다: 2를 "
                "곱하십시오.",
            ),
        ),
        (
            lambda u, d, n: n * 2 * u * (u + d + 1),
            say(
                "only the first layer reads input_dim "
                "features; the layers above read the previous layer's output, 2 * units features "
                "(both directions concatenated).",
                "input_dim개의 특성을 읽는 것은 첫 층뿐입니다. 그 위의 층들은 이전 층의 출력, "
                "곧 2 * units개의 특성(두 방향의 연결)을 읽습니다.",
            ),
        ),
        (
            lambda u, d, n: 2 * u * (u + d + 1) + (n - 1) * 2 * u * (2 * u + 1),
            say(
                "a layer above the "
                "first reads 2 * units features, forward and backward concatenated, not units.",
                "첫 층 위의 층은 units개가 아니라, 정방향과 역방향을 연결한 2 * units개의 "
                "특성을 읽습니다.",
            ),
        ),
        (
            lambda u, d, n: _stack_params(u, d, n) - 2 * u * n,
            say(
                "the bias is missing: one per unit and direction in every layer.",
                "편향이 빠졌습니다: 모든 층에 유닛과 방향마다 편향이 하나씩 있습니다.",
            ),
        ),
    ]
    judge_counts(
        answers,
        _STACK_CASES,
        variants,
        whatever=say("the stack", "어떤 스택이든"),
        inputs=say("units, input_dim and depth", "units, input_dim, depth"),
        rule=say(
            "Per layer and direction: units * (units + features + 1), with features = input_dim "
            "for the first layer and 2 * units above it.",
            "층과 방향마다 units * (units + features + 1)개이며, features는 첫 층에서 "
            "input_dim, 그 위의 층에서는 2 * units입니다.",
        ),
    )
