"""Checkers for notebook 01: the batched memory cell and tanh saturation."""

from __future__ import annotations

import numbers

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    NotDone,
    as_answer_array,
    as_numbers,
    call_learner,
    checker,
    same,
)
from helpers.reference import simple_rnn_forward

BATCH, TIMESTEPS, INPUT_DIM, UNITS = 3, 5, 4, 6  # input_dim != units, so a transposed kernel shows


def _cell_case(seed: int = 7):
    rng = np.random.default_rng(seed)
    inputs = rng.normal(size=(BATCH, TIMESTEPS, INPUT_DIM))
    kernel = rng.normal(scale=0.5, size=(INPUT_DIM, UNITS))
    recurrent_kernel = rng.normal(scale=0.5, size=(UNITS, UNITS))
    bias = rng.normal(scale=0.5, size=UNITS)
    return inputs, kernel, recurrent_kernel, bias


def _loop(inputs, kernel, recurrent_kernel, bias, activation=np.tanh, recurrent=True):
    """A variant of the batched loop, for recognising a learner's mistake."""
    h = np.zeros((inputs.shape[0], kernel.shape[1]))
    states = []
    for t in range(inputs.shape[1]):
        z = inputs[:, t] @ kernel + bias + (h @ recurrent_kernel if recurrent else 0.0)
        h = activation(z)
        states.append(h)
    return np.stack(states, axis=1)


@checker
def check_batched_memory_cell(batched_memory_cell) -> str:
    """Check ``batched_memory_cell(inputs, kernel, recurrent_kernel, bias)`` in Keras layout.

    Expected: inputs ``(batch, timesteps, input_dim)`` and weights ``(input_dim, units)``,
    ``(units, units)``, ``(units,)`` give every state, ``(batch, timesteps, units)``.
    """
    case = _cell_case()
    inputs, kernel, recurrent_kernel, bias = case
    result = call_learner(
        batched_memory_cell,
        "batched_memory_cell",
        *case,
        hint="In Keras' layout a step is x_t @ kernel + h @ recurrent_kernel + bias, with x_t of "
        f"shape (batch, input_dim) = ({BATCH}, {INPUT_DIM}) and kernel (input_dim, units) = "
        f"({INPUT_DIM}, {UNITS}).",
    )
    expected = simple_rnn_forward(*case)
    wanted = (BATCH, TIMESTEPS, UNITS)
    answer = as_numbers(result, "batched_memory_cell")
    shape = answer.shape
    if shape == (BATCH, UNITS) and same(answer, expected[:, -1]):
        raise Mistake(
            f"you returned only the last state, shape {shape}. Return the state after every "
            f"step, shape (batch, timesteps, units) = {wanted}."
        )
    if shape == (BATCH, TIMESTEPS + 1, UNITS):
        raise Mistake(
            f"you returned {TIMESTEPS + 1} steps: leave out h_0, the zeros you start from. "
            f"Row t should be the state after reading x_t."
        )
    states = as_answer_array(result, "batched_memory_cell", wanted)
    if same(states, expected):
        return "your batched loop matches the reference SimpleRNN for every sequence and step."
    variants = [
        (
            _loop(inputs, kernel, recurrent_kernel, np.zeros(UNITS)),
            "the bias is missing: add bias (units,) inside the tanh at every step.",
        ),
        (
            _loop(inputs, kernel, recurrent_kernel.T, bias),
            "the recurrent kernel is transposed: "
            "Keras computes h_{t-1} @ recurrent_kernel, with recurrent_kernel of shape "
            "(units, units) storing W_h transposed.",
        ),
        (
            _loop(*case, recurrent=False),
            "the state never feeds back: add h_{t-1} @ "
            "recurrent_kernel, the memory of the earlier steps.",
        ),
        (
            _loop(*case, activation=lambda z: z),
            "tanh is missing: h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias).",
        ),
        (
            np.concatenate([np.zeros((BATCH, 1, UNITS)), expected[:, :-1]], axis=1),
            "your states "
            "are one step late: you stored h before updating it. Store the new state after "
            "computing it.",
        ),
    ]
    for variant, hint in variants:
        if same(states, variant):
            raise Mistake(hint)
    worst = np.unravel_index(np.argmax(np.abs(states - expected)), wanted)
    raise Mistake(
        f"the shape is right but the values differ, first at sequence {worst[0]}, step "
        f"{worst[1] + 1}. Compare your loop with h_t = tanh(x_t @ kernel + h_(t-1) @ "
        f"recurrent_kernel + bias), starting from h_0 = 0."
    )


# --- saturation -----------------------------------------------------------------------------

SATURATED = 0.99  # |h| above this counts as saturated, as in notebook 01
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


def _fraction_saturated(scale: float) -> float:
    p = saturation_problem()
    states = simple_rnn_forward(p["inputs"], scale * p["W_x"].T, scale * p["W_h"].T, scale * p["b"])
    return float((np.abs(states) > SATURATED).mean())


def _smallest_scale() -> float:
    return next(s for s in SCALES if _fraction_saturated(s) > 0.5)


@checker
def check_saturation_scale(scale) -> str:
    """Check the smallest scale in ``SCALES`` at which more than half the states have |h| > 0.99."""
    if scale is None:
        raise NotDone("set scale to the smallest value in problem['scales'] that saturates.")
    if isinstance(scale, bool) or not isinstance(scale, numbers.Real):
        raise Mistake(f"scale should be a number from problem['scales'], got {describe(scale)}.")
    try:
        value = float(scale)
    except OverflowError:  # an int beyond float range, such as 10**400
        value = float("inf")
    if not any(np.isclose(value, s) for s in SCALES):
        raise Mistake(f"scale {scale} is not one of the candidates {list(SCALES)}.")
    answer = min(SCALES, key=lambda s: abs(s - value))
    fraction = _fraction_saturated(answer)
    if answer == _smallest_scale():
        return f"at scale {answer}, {fraction:.0%} of the states have |h| > {SATURATED}."
    if fraction <= 0.5:
        raise Mistake(
            f"at scale {answer} only {fraction:.0%} of the states have |h| > {SATURATED}: not "
            f"more than half. Try larger scales, and count both signs (np.abs): a state near -1 "
            f"is saturated too."
        )
    raise Mistake(
        f"scale {answer} saturates {fraction:.0%} of the states, but a smaller scale already "
        f"saturates more than half of them: the smallest one is wanted."
    )
