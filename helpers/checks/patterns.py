"""Checkers for notebook 03: many-to-one and aligned many-to-many models, sliding windows."""

from __future__ import annotations

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    are_probabilities,
    as_answer_array,
    as_finite_numbers,
    call_learner,
    checker,
    declared_input,
    fits,
    has_recurrent_layer,
    looks_like_model,
    model_outputs,
    same,
    typed_in,
)

# Both model exercises: sequences of 8 steps with 3 features, 4 classes.
STEPS, FEATURES, CLASSES = 8, 3, 4
PROBE_BATCH = 4


def _changes(before: np.ndarray, after: np.ndarray) -> bool:
    return bool(np.abs(before - after).max() > 1e-6)


def _built_model(build, name: str):
    """The learner's model, its output on a probe batch, and the probe."""
    model = call_learner(build, name)
    if not looks_like_model(model):
        raise Mistake(f"{name} should return a Keras model, got {describe(model)}.")
    declared = declared_input(model)
    if not fits(declared, (STEPS, FEATURES)):
        raise Mistake(
            f"the input should be (timesteps, features) = ({STEPS}, {FEATURES}): use "
            f"keras.Input(shape=({STEPS}, {FEATURES})); your model reads {declared}."
        )
    if not has_recurrent_layer(model):
        raise Mistake(
            "there is no recurrent layer: add keras.layers.SimpleRNN(units) (or an LSTM, a GRU) "
            "to read the sequence step by step."
        )
    probe = np.random.default_rng(9).normal(size=(PROBE_BATCH, STEPS, FEATURES))
    probe = probe.astype("float32")
    outputs = model_outputs(model, probe)
    if len(outputs) != 1:
        raise Mistake(f"the model should have one output, it has {len(outputs)}.")
    return model, outputs[0], probe


def _require_probabilities(output: np.ndarray) -> None:
    if are_probabilities(output):
        return
    if output.ndim == 3 and output.min() >= 0 and np.allclose(output.sum(axis=1), 1, atol=1e-4):
        raise Mistake(
            f"your outputs sum to 1 over the {STEPS} steps, not over the {CLASSES} classes: the "
            f"softmax belongs on the last axis, e.g. Dense({CLASSES}, activation='softmax')."
        )
    raise Mistake(
        f"the outputs are not probabilities (they should be positive and sum to 1 over the "
        f"{CLASSES} classes): end with a softmax, e.g. Dense({CLASSES}, activation='softmax')."
    )


def _with_step(probe: np.ndarray, step: int) -> np.ndarray:
    changed = probe.copy()
    changed[:, step] = np.random.default_rng(10).normal(size=(PROBE_BATCH, FEATURES))
    return changed


@checker
def check_many_to_one(build_many_to_one) -> str:
    """Check a model that reads ``(batch, 8, 3)`` and gives one distribution ``(batch, 4)``.

    Judged by what it computes: one probability distribution per sequence, which changes when
    only the last step changes and when only the first step changes.
    """
    name = "build_many_to_one"
    model, output, probe = _built_model(build_many_to_one, name)
    if output.shape == (PROBE_BATCH, STEPS, CLASSES):
        raise Mistake(
            "you answer at every step, (batch, 8, 4); many-to-one answers once. Drop "
            "return_sequences=True from the last recurrent layer."
        )
    if output.shape != (PROBE_BATCH, CLASSES):
        raise Mistake(
            f"the output should be (batch, {CLASSES}); for a batch of {PROBE_BATCH} yours is "
            f"{output.shape}. The last Dense layer needs {CLASSES} units."
        )
    _require_probabilities(output)
    if not _changes(output, model_outputs(model, _with_step(probe, STEPS - 1))[0]):
        raise Mistake(
            "changing only the last step leaves your output unchanged: the model must read the "
            "whole sequence and answer from its last state (no slicing out one step)."
        )
    if not _changes(output, model_outputs(model, _with_step(probe, 0))[0]):
        raise Mistake(
            "changing only the first step leaves your output unchanged: the answer should come "
            "from a recurrent layer that has read every step."
        )
    return "one probability distribution over 4 classes per sequence, from every step."


@checker
def check_aligned_many_to_many(build_tagger) -> str:
    """Check a model that gives a class distribution at every step: ``(batch, 8, 4)``.

    Judged by what it computes: a probability distribution per step, not the same at every
    step, and the output at a step changes when that step's input changes.
    """
    name = "build_tagger"
    model, output, probe = _built_model(build_tagger, name)
    if output.shape == (PROBE_BATCH, CLASSES):
        raise Mistake(
            "you answer once per sequence, (batch, 4): you returned the last state, not every "
            "step's. Did you pass return_sequences=True?"
        )
    if output.shape != (PROBE_BATCH, STEPS, CLASSES):
        raise Mistake(
            f"the output should be (batch, {STEPS}, {CLASSES}); for a batch of {PROBE_BATCH} "
            f"yours is {output.shape}. The last Dense layer needs {CLASSES} units."
        )
    _require_probabilities(output)
    if np.allclose(output, output[:, :1], atol=1e-6):
        raise Mistake(
            "every step gets the same answer: you repeat one vector over the steps. A tagger "
            "answers each step from that step's own state: return_sequences=True."
        )
    middle = STEPS // 2
    changed = model_outputs(model, _with_step(probe, middle))[0]
    if not _changes(output[:, middle], changed[:, middle]):
        raise Mistake(
            f"changing the input at step {middle + 1} leaves your answer at step {middle + 1} "
            "unchanged: each step's answer should read that step."
        )
    return "a probability distribution over 4 classes at every step, each reading its step."


# --- sliding windows --------------------------------------------------------------------------

# Two series that follow no rule (so a shortcut such as "each value plus 1" cannot pass) of
# different lengths, with windows of different sizes.
WINDOW_CASES = (
    (np.round(np.random.default_rng(3).normal(size=7), 2), 3),
    (np.round(np.random.default_rng(4).normal(size=12), 2), 5),
)


def _windows(series: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    n = len(series) - window
    return np.stack([series[i : i + window] for i in range(n)]), series[window:].copy()


def _answer_pair(result, name: str):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise Mistake(f"{name} should return two arrays: return inputs, targets.")
    return (
        as_finite_numbers(result[0], f"{name}' inputs"),
        as_finite_numbers(result[1], f"{name}' targets"),
    )


@checker
def check_make_windows(make_windows) -> str:
    """Check ``make_windows(series, window)`` -> ``inputs (n, window)``, ``targets (n,)``, on two
    series of different lengths and windows of different sizes."""
    name = "make_windows"
    expected = [_windows(series, window) for series, window in WINDOW_CASES]
    answers = []
    for series, window in WINDOW_CASES:
        n = len(series) - window
        result = call_learner(
            make_windows, name, series, window,
            hint=f"With {len(series)} values and a window of {window} there are "
            f"{len(series)} - {window} = {n} windows: an index out of range usually means one "
            "window too many.",
        )  # fmt: skip
        answers.append(_answer_pair(result, name))
    if typed_in(answers, expected):
        raise Mistake(
            f"{name} gives the same windows for another series: compute them from series and "
            "window, not from numbers typed in."
        )
    for (series, window), (inputs, targets), (want_in, want_out) in zip(
        WINDOW_CASES, answers, expected, strict=True
    ):
        n = len(want_out)
        where = f"for series={series.tolist()} and window={window}"
        rows, width = inputs.shape if inputs.ndim == 2 else (0, window)
        if width != window and 0 < width and rows + width - 1 <= len(series):
            slices = np.stack([series[i : i + width] for i in range(rows)])  # width, same starts
            if same(inputs, slices) and abs(width - window) == 1:
                raise Mistake(
                    f"each window should hold {window} values, yours hold {width}: one window "
                    f"per row, shape ({len(series) - window}, {window}), each series[i : i + "
                    "window] (a slice leaves out its end index)."
                )
            if same(inputs, slices):
                raise Mistake(
                    f"your windows hold {width} values, but window is {window}: use the window "
                    "argument, series[i : i + window]."
                )
        if inputs.shape == (n + 1, window):
            raise Mistake(
                f"one window too many ({where}): the last window, {series[-window:].tolist()}, "
                "has no next value to predict. Stop at len(series) - window windows."
            )
        inputs = as_answer_array(inputs, f"{name}' inputs", (n, window))
        if not same(inputs, want_in):
            raise Mistake(
                f"the windows should be {want_in.tolist()} {where}; yours are {inputs.tolist()}."
            )
        if targets.shape == (n, 1):
            raise Mistake(
                f"targets should hold one target per window, shape ({n},): series[i + window], "
                f"not a slice of length 1; yours has shape {targets.shape}."
            )
        targets = as_answer_array(targets, f"{name}' targets", (n,))
        if same(targets, want_in[:, -1]):
            raise Mistake(
                "off by one: each target is its window's own last value. The target is the "
                "value after the window, series[i + window]."
            )
        if not same(targets, want_out):
            raise Mistake(
                f"the targets should be the value after each window, {want_out.tolist()} "
                f"{where}; yours are {targets.tolist()}."
            )
    return "windows and targets right for both series, with windows of 3 and of 5."
