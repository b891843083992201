"""Checkers for notebook 05: the LSTM step in NumPy, what the forget gate does, GRU parameters."""

from __future__ import annotations

import itertools

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    NotDone,
    as_answer_array,
    as_finite_numbers,
    as_whole_number,
    call_learner,
    checker,
    judge_counts,
    same,
    same_on_every_case,
    typed_in,
)
from helpers.i18n import say
from helpers.reference import lstm_step

BATCH, FEATURES, UNITS = 2, 3, 4
GATES = "ifco"  # Keras' block order: input, forget, candidate (c), output


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


OPEN = 1e9  # a gate bias that saturates the sigmoid: the gate is exactly 1, as if left out


def _step(x, h, c, kernel, recurrent_kernel, bias, order=GATES, change=None):
    """``helpers.reference.lstm_step`` with the blocks read in ``order``, or with the deliberate
    mistake ``change``: what a learner's answer computes when it makes that mistake."""
    # Reading the blocks in another order is the right step on weights whose blocks are moved.
    where = [order.index(gate) for gate in GATES]

    def reorder(array):
        return np.concatenate([np.split(array, 4, axis=-1)[k] for k in where], axis=-1)

    kernel, recurrent_kernel, bias = reorder(kernel), reorder(recurrent_kernel), reorder(bias)
    if change in ("no input gate", "no forget gate"):  # the gate stuck at 1
        bias = bias.copy()
        units = bias.shape[-1] // 4
        block = 0 if change == "no input gate" else 1
        bias[block * units : (block + 1) * units] = OPEN
    activations = {
        "sigmoid candidate": {"candidate_activation": _sigmoid},
        "no tanh on c": {"output_activation": lambda c: c},
    }.get(change, {})
    return lstm_step(x, h, c, kernel, recurrent_kernel, bias, **activations)


# Two cases of different sizes: (batch, input_dim, units, seed).
LSTM_SIZES = ((2, 3, 4, 21), (3, 2, 5, 22))


def lstm_cases() -> list[tuple[np.ndarray, ...]]:
    """The checker's cases: ``(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias)``."""
    cases = []
    for batch, features, units, seed in LSTM_SIZES:
        rng = np.random.default_rng(seed)
        cases.append(
            (
                rng.normal(size=(batch, features)),
                rng.normal(scale=0.5, size=(batch, units)),
                rng.normal(scale=0.5, size=(batch, units)),
                rng.normal(scale=0.6, size=(features, 4 * units)),
                rng.normal(scale=0.6, size=(units, 4 * units)),
                rng.normal(scale=0.6, size=4 * units),
            )
        )
    return cases


def _two_arrays(name: str) -> str:
    return say(
        f"{name} should return two arrays, the new h and the new c: return h, c.",
        f"{name} 함수는 배열 두 개, 곧 새 h와 새 c를 반환해야 합니다: return h, c.",
    )


def _pair(result, name: str, shape: tuple) -> tuple[np.ndarray, np.ndarray]:
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise Mistake(_two_arrays(name))
    h = as_answer_array(result[0], say(f"{name}'s h", f"{name}의 h"), shape)
    c = as_answer_array(result[1], say(f"{name}'s c", f"{name}의 c"), shape)
    return h, c


@checker
def check_lstm_step(lstm_step) -> str:
    """Check ``lstm_step(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias) -> (h_t, c_t)``.

    Shapes: ``x_t`` ``(batch, input_dim)``, ``h_prev`` and ``c_prev`` ``(batch, units)``, kernel
    ``(input_dim, 4 * units)``, recurrent kernel ``(units, 4 * units)``, bias ``(4 * units,)``,
    gate blocks in Keras' order i, f, c, o. Checked on two cases of different sizes, computed
    before the learner's function runs on copies of them.
    """
    cases = lstm_cases()
    expected = [_step(*case) for case in cases]
    name = "lstm_step"
    raw = []
    for case in cases:
        batch, units = case[1].shape
        result = call_learner(
            lstm_step, name, *case,
            hint=say(
                f"z = x_t @ kernel + h_prev @ recurrent_kernel + bias has shape (batch, 4 * "
                f"units) = ({batch}, {4 * units}); split it into four blocks of {units} columns.",
                f"z = x_t @ kernel + h_prev @ recurrent_kernel + bias의 형태는 (batch, 4 * "
                f"units) = ({batch}, {4 * units})입니다: 이것을 {units}열씩 네 블록으로 "
                "나누십시오.",
            ),
        )  # fmt: skip
        if not isinstance(result, (tuple, list)) or len(result) != 2:
            raise Mistake(_two_arrays(name))
        h, c = result
        raw.append(
            (
                as_finite_numbers(h, say(f"{name}'s h", f"{name}의 h")),
                as_finite_numbers(c, say(f"{name}'s c", f"{name}의 c")),
            )
        )
    if typed_in(raw, expected):
        raise Mistake(
            say(
                f"{name} gives the same h and c whatever the inputs: compute them from the "
                "arguments, not from numbers typed in.",
                f"{name} 함수는 입력이 달라도 늘 같은 h와 c를 반환합니다: 직접 적어 넣은 숫자가 "
                "아니라 인자로 계산하십시오.",
            )
        )
    answers = [_pair(pair, name, truth[0].shape) for pair, truth in zip(raw, expected, strict=True)]
    if same_on_every_case(answers, expected):
        return say(
            "your step matches Keras' LSTM equations on both cases: gates i, f, c, o, then c, h.",
            "두 사례 모두 Keras의 LSTM 식과 일치합니다: 게이트 i, f, c, o, 그다음 c, h.",
        )
    if same_on_every_case(answers, [(c, h) for h, c in expected]):
        raise Mistake(
            say(
                "h and c are swapped: return h, c in that order.",
                "h와 c가 뒤바뀌었습니다: h, c 순서로 반환하십시오.",
            )
        )
    if same_on_every_case(answers, [_step(x, h, c, k, r, 0 * b) for x, h, c, k, r, b in cases]):
        raise Mistake(
            say(
                "the bias is missing: add bias (4 * units,) to the gate pre-activations.",
                "편향이 빠졌습니다: 게이트의 활성화 전 값에 bias (4 * units,)도 더하십시오.",
            )
        )
    for order in itertools.permutations(GATES):
        if order != tuple(GATES) and same_on_every_case(
            answers, [_step(*case, order="".join(order)) for case in cases]
        ):
            raise Mistake(
                say(
                    f"gate order: you read the blocks as {', '.join(order)}. Keras uses i, f, c, "
                    f"o: columns [0:u] input, [u:2u] forget, [2u:3u] candidate, [3u:4u] output.",
                    f"게이트 순서: 블록을 {', '.join(order)} 순서로 읽었습니다. Keras의 순서는 "
                    "i, f, c, o입니다: 열 [0:u]는 입력 게이트, [u:2u]는 망각 게이트, [2u:3u]는 "
                    "후보 값, [3u:4u]는 출력 게이트.",
                )
            )
    hints = {
        "sigmoid candidate": say(
            "the candidate uses tanh, not sigmoid: its values go from -1 to 1.",
            "후보 값의 활성화 함수는 시그모이드가 아니라 tanh입니다: 값의 범위가 -1에서 "
            "1까지입니다.",
        ),
        "no input gate": say(
            "the input gate is missing: it scales the candidate, c_t = f * c_prev + i * candidate.",
            "입력 게이트가 빠졌습니다: 입력 게이트는 후보 값의 크기를 조절합니다. "
            "c_t = f * c_prev + i * candidate.",
        ),
        "no forget gate": say(
            "the forget gate is missing: it scales the old cell state, c_t = f * c_prev + i * "
            "candidate.",
            "망각 게이트가 빠졌습니다: 망각 게이트는 이전 셀 상태의 크기를 조절합니다. "
            "c_t = f * c_prev + i * candidate.",
        ),
        "no tanh on c": say(
            "the hidden state reads the cell through tanh: h_t = o * tanh(c_t).",
            "은닉 상태는 셀 상태를 tanh에 통과시켜 읽습니다: h_t = o * tanh(c_t).",
        ),
    }
    for change, hint in hints.items():
        if same_on_every_case(answers, [_step(*case, change=change) for case in cases]):
            raise Mistake(hint)
    if all(same(c, truth[1]) for (_, c), truth in zip(answers, expected, strict=True)):
        raise Mistake(
            say(
                "c_t is right but h_t is not: h_t = o * tanh(c_t), with o the output gate.",
                "c_t는 맞지만 h_t가 틀렸습니다: h_t = o * tanh(c_t)이며, o는 출력 게이트입니다.",
            )
        )
    raise Mistake(
        say(
            "the values differ from Keras' LSTM. Compute z once, split it into i, f, c, o, apply "
            "sigmoid to the gates and tanh to the candidate, then c_t and h_t.",
            "값이 Keras의 LSTM과 다릅니다. z를 한 번 계산해 i, f, c, o로 나누고, 게이트에는 "
            "시그모이드를, 후보 값에는 tanh 함수를 적용한 다음 c_t와 h_t를 계산하십시오.",
        )
    )


FORGET_QUESTION = {
    "A": "the input gate i",
    "B": "the forget gate f",
    "C": "the output gate o",
    "D": "the candidate (c with a tilde)",
}


def _why_not(letter: str) -> str | None:
    """Why ``letter`` does not keep the cell state, in the current language; None for "B"."""
    return {
        "A": say(
            "the input gate decides how much of the new candidate is written into c_t; it never "
            "multiplies c_(t-1).",
            "입력 게이트는 새 후보 값을 c_t에 얼마나 쓸지 정합니다. c_(t-1)에는 곱해지지 않습니다.",
        ),
        "C": say(
            "the output gate decides how much of tanh(c_t) is read out into h_t; c_t itself is "
            "passed on whatever o says.",
            "출력 게이트는 tanh(c_t)를 h_t로 얼마나 읽어 낼지 정합니다. c_t 자체는 o와 "
            "상관없이 그대로 다음 시점으로 넘어갑니다.",
        ),
        "D": say(
            "the candidate is the new content proposed at this step, not a gate: it adds to c_t, "
            "it does not keep c_(t-1).",
            "후보 값은 게이트가 아니라 이 시점에 새로 제안된 내용입니다: c_t에 더해질 뿐, "
            "c_(t-1)을 유지하지는 않습니다.",
        ),
    }.get(letter)


# An answer in words names one part: "forget gate", "the input gate i", "candidate".
_WORDS = {"input": "A", "forget": "B", "output": "C", "candidate": "D"}


def _letter_from_words(answer: str) -> str | None:
    named = {letter for word, letter in _WORDS.items() if word in answer.lower()}
    return named.pop() if len(named) == 1 else None


@checker
def check_gate_question(answer) -> str:
    """Check the letter chosen for: which part of the LSTM keeps the cell state alive?"""
    if answer is None:
        raise NotDone(
            say(
                "set answer to one letter: 'A', 'B', 'C' or 'D'.",
                "answer에 글자 하나를 넣으십시오: 'A', 'B', 'C', 'D' 가운데 하나.",
            )
        )
    if not isinstance(answer, str):
        raise Mistake(
            say(
                f"answer with one letter as a string, e.g. 'A'; got {describe(answer)}.",
                f"답은 'A'처럼 글자 하나짜리 문자열이어야 합니다(받은 값: {describe(answer)}).",
            )
        )
    letter = answer.strip().strip("()[].:; ").upper()
    if letter not in FORGET_QUESTION:
        letter = _letter_from_words(answer)
    if letter not in FORGET_QUESTION:
        raise Mistake(
            say(
                f"{answer!r} is not one of the choices: answer 'A', 'B', 'C' or 'D'.",
                f"{answer!r}: 선택지 가운데 하나가 아닙니다. 'A', 'B', 'C', 'D' 가운데 하나로 "
                "답하십시오.",
            )
        )
    why = _why_not(letter)
    if why is not None:
        raise Mistake(why)
    return say(
        "c_t = f * c_(t-1) + i * candidate: with f near 1 and i near 0, the cell state passes "
        "unchanged from step to step, and so does its gradient.",
        "c_t = f * c_(t-1) + i * candidate: f가 1에 가깝고 i가 0에 가까우면 셀 상태가 시점에서 "
        "시점으로 그대로 전달되고, 그 기울기도 마찬가지입니다.",
    )


_GRU_CASES = ((5, 5), (3, 7), (16, 1))  # (units, input_dim)


@checker
def check_gru_param_count(gru_param_count) -> str:
    """Check ``gru_param_count(units, input_dim)`` for Keras 3's ``GRU`` (reset_after=True)."""
    answers = [
        as_whole_number(
            call_learner(gru_param_count, "gru_param_count", units, input_dim),
            say("gru_param_count's answer", "gru_param_count의 답"),
        )
        for units, input_dim in _GRU_CASES
    ]

    def counts(formula):
        return [formula(u, d) for u, d in _GRU_CASES]

    if answers == counts(lambda u, d: 3 * u * (u + d + 2)):
        return say(
            "3 * units * (units + input_dim + 2) for every case, as count_params() says.",
            "모든 사례에서 count_params()가 알려 주는 대로 3 * units * (units + input_dim + 2)"
            "입니다.",
        )
    variants = [
        (
            lambda u, d: 3 * u * (u + d + 1),
            say(
                "Keras 3's GRU has reset_after=True: each of the 3 "
                "gate blocks has two bias vectors, one on the input path and one on the "
                "recurrent path, so + 2, not + 1.",
                "Keras 3의 GRU는 reset_after=True입니다: 게이트 블록 3개마다 편향 벡터가 둘, "
                "곧 입력 경로에 하나, 순환 경로에 하나 있으므로 + 1이 아니라 + 2입니다.",
            ),
        ),
        (
            lambda u, d: 4 * u * (u + d + 1),
            say(
                "that is the LSTM's count (4 blocks); a GRU has 3: "
                "update z, reset r and the candidate.",
                "그것은 LSTM의 파라미터 수입니다(블록 4개). GRU의 블록은 3개입니다: 업데이트 "
                "게이트 z, 리셋 게이트 r, 후보 값.",
            ),
        ),
        (
            lambda u, d: 3 * u * (u + d),
            say(
                "the biases are missing: 2 vectors of units per block.",
                "편향이 빠졌습니다: 블록마다 길이가 units인 벡터가 2개 있습니다.",
            ),
        ),
        (
            lambda u, d: u * (u + d + 2),
            say(
                "a GRU has 3 blocks (z, r, candidate), each with its own weights: multiply by 3.",
                "GRU에는 블록이 3개(z, r, 후보 값) 있고, 블록마다 가중치가 따로 있습니다: 3을 "
                "곱하십시오.",
            ),
        ),
    ]
    judge_counts(
        answers,
        _GRU_CASES,
        variants,
        whatever=say("the layer", "어떤 층이든"),
        inputs=say("units and input_dim", "units, input_dim"),
        rule=say(
            "Per block: a kernel (input_dim, units), a recurrent kernel (units, units) and two "
            "biases (units,).",
            "블록마다 커널 (input_dim, units), 순환 커널 (units, units), 편향 (units,) 2개가 "
            "있습니다.",
        ),
    )
