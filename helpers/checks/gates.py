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


def _pair(result, name: str, shape: tuple) -> tuple[np.ndarray, np.ndarray]:
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise Mistake(f"{name} should return two arrays, the new h and the new c: return h, c.")
    h = as_answer_array(result[0], f"{name}'s h", shape)
    c = as_answer_array(result[1], f"{name}'s c", shape)
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
            hint=f"z = x_t @ kernel + h_prev @ recurrent_kernel + bias has shape (batch, 4 * "
            f"units) = ({batch}, {4 * units}); split it into four blocks of {units} columns.",
        )  # fmt: skip
        if not isinstance(result, (tuple, list)) or len(result) != 2:
            raise Mistake(f"{name} should return two arrays, the new h and the new c: return h, c.")
        h, c = result
        raw.append((as_finite_numbers(h, f"{name}'s h"), as_finite_numbers(c, f"{name}'s c")))
    if typed_in(raw, expected):
        raise Mistake(
            f"{name} gives the same h and c whatever the inputs: compute them from the "
            "arguments, not from numbers typed in."
        )
    answers = [_pair(pair, name, truth[0].shape) for pair, truth in zip(raw, expected, strict=True)]
    if same_on_every_case(answers, expected):
        return "your step matches Keras' LSTM equations on both cases: gates i, f, c, o, then c, h."
    if same_on_every_case(answers, [(c, h) for h, c in expected]):
        raise Mistake("h and c are swapped: return h, c in that order.")
    if same_on_every_case(answers, [_step(x, h, c, k, r, 0 * b) for x, h, c, k, r, b in cases]):
        raise Mistake("the bias is missing: add bias (4 * units,) to the gate pre-activations.")
    for order in itertools.permutations(GATES):
        if order != tuple(GATES) and same_on_every_case(
            answers, [_step(*case, order="".join(order)) for case in cases]
        ):
            raise Mistake(
                f"gate order: you read the blocks as {', '.join(order)}. Keras uses i, f, c, o: "
                f"columns [0:u] input, [u:2u] forget, [2u:3u] candidate, [3u:4u] output."
            )
    hints = {
        "sigmoid candidate": "the candidate uses tanh, not sigmoid: its values go from -1 to 1.",
        "no input gate": "the input gate is missing: it scales the candidate, c_t = f * c_prev "
        "+ i * candidate.",
        "no forget gate": "the forget gate is missing: it scales the old cell state, c_t = f * "
        "c_prev + i * candidate.",
        "no tanh on c": "the hidden state reads the cell through tanh: h_t = o * tanh(c_t).",
    }
    for change, hint in hints.items():
        if same_on_every_case(answers, [_step(*case, change=change) for case in cases]):
            raise Mistake(hint)
    if all(same(c, truth[1]) for (_, c), truth in zip(answers, expected, strict=True)):
        raise Mistake("c_t is right but h_t is not: h_t = o * tanh(c_t), with o the output gate.")
    raise Mistake(
        "the values differ from Keras' LSTM. Compute z once, split it into i, f, c, o, apply "
        "sigmoid to the gates and tanh to the candidate, then c_t and h_t."
    )


FORGET_QUESTION = {
    "A": "the input gate i",
    "B": "the forget gate f",
    "C": "the output gate o",
    "D": "the candidate (c with a tilde)",
}
_WRONG = {
    "A": "the input gate decides how much of the new candidate is written into c_t; it never "
    "multiplies c_(t-1).",
    "C": "the output gate decides how much of tanh(c_t) is read out into h_t; c_t itself is "
    "passed on whatever o says.",
    "D": "the candidate is the new content proposed at this step, not a gate: it adds to c_t, "
    "it does not keep c_(t-1).",
}


# An answer in words names one part: "forget gate", "the input gate i", "candidate".
_WORDS = {"input": "A", "forget": "B", "output": "C", "candidate": "D"}


def _letter_from_words(answer: str) -> str | None:
    named = {letter for word, letter in _WORDS.items() if word in answer.lower()}
    return named.pop() if len(named) == 1 else None


@checker
def check_gate_question(answer) -> str:
    """Check the letter chosen for: which part of the LSTM keeps the cell state alive?"""
    if answer is None:
        raise NotDone("set answer to one letter: 'A', 'B', 'C' or 'D'.")
    if not isinstance(answer, str):
        raise Mistake(f"answer with one letter as a string, e.g. 'A'; got {describe(answer)}.")
    letter = answer.strip().strip("()[].:; ").upper()
    if letter not in FORGET_QUESTION:
        letter = _letter_from_words(answer)
    if letter not in FORGET_QUESTION:
        raise Mistake(f"{answer!r} is not one of the choices: answer 'A', 'B', 'C' or 'D'.")
    if letter in _WRONG:
        raise Mistake(_WRONG[letter])
    return (
        "c_t = f * c_(t-1) + i * candidate: with f near 1 and i near 0, the cell state passes "
        "unchanged from step to step, and so does its gradient."
    )


_GRU_CASES = ((5, 5), (3, 7), (16, 1))  # (units, input_dim)


@checker
def check_gru_param_count(gru_param_count) -> str:
    """Check ``gru_param_count(units, input_dim)`` for Keras 3's ``GRU`` (reset_after=True)."""
    answers = [
        as_whole_number(
            call_learner(gru_param_count, "gru_param_count", units, input_dim),
            "gru_param_count's answer",
        )
        for units, input_dim in _GRU_CASES
    ]

    def counts(formula):
        return [formula(u, d) for u, d in _GRU_CASES]

    if answers == counts(lambda u, d: 3 * u * (u + d + 2)):
        return "3 * units * (units + input_dim + 2) for every case, as count_params() says."
    variants = [
        (
            lambda u, d: 3 * u * (u + d + 1),
            "Keras 3's GRU has reset_after=True: each of the 3 "
            "gate blocks has two bias vectors, one on the input path and one on the recurrent "
            "path, so + 2, not + 1.",
        ),
        (
            lambda u, d: 4 * u * (u + d + 1),
            "that is the LSTM's count (4 blocks); a GRU has 3: "
            "update z, reset r and the candidate.",
        ),
        (lambda u, d: 3 * u * (u + d), "the biases are missing: 2 vectors of units per block."),
        (
            lambda u, d: u * (u + d + 2),
            "a GRU has 3 blocks (z, r, candidate), each with its own weights: multiply by 3.",
        ),
    ]
    judge_counts(
        answers,
        _GRU_CASES,
        variants,
        whatever="the layer",
        inputs="units and input_dim",
        rule="Per block: a kernel (input_dim, units), a recurrent kernel (units, units) and two "
        "biases (units,).",
    )
