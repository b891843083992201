"""Checkers for notebook 03: many-to-one and aligned many-to-many models, sliding windows."""

from __future__ import annotations

import numpy as np

from helpers.checks._verdict import (
    Mistake,
    as_answer_array,
    as_numbers,
    call_learner,
    checker,
    layer_kinds,
    model_io,
    run_model,
    same,
)

# Both model exercises: sequences of 8 steps with 3 features, 4 classes.
STEPS, FEATURES, CLASSES = 8, 3, 4
RECURRENT = ("SimpleRNN", "LSTM", "GRU", "Bidirectional", "RNN")


def _check_classifier(build, name: str, expected: tuple) -> None:
    model = call_learner(build, name)
    input_shape, output_shapes = model_io(model, name)
    if input_shape[1:] != (STEPS, FEATURES):
        raise Mistake(
            f"the input should be (timesteps, features) = ({STEPS}, {FEATURES}): use "
            f"keras.Input(shape=({STEPS}, {FEATURES})); your model reads {input_shape[1:]}."
        )
    if not any(kind in RECURRENT for kind in layer_kinds(model)):
        raise Mistake("there is no recurrent layer: add keras.layers.SimpleRNN(units).")
    if len(output_shapes) != 1:
        raise Mistake(f"the model should have one output, it has {len(output_shapes)}.")
    shape = output_shapes[0][1:]
    if shape != expected:
        if expected == (CLASSES,) and shape == (STEPS, CLASSES):
            raise Mistake(
                "you answer at every step, (batch, 8, 4); many-to-one answers once. Drop "
                "return_sequences=True from the last recurrent layer."
            )
        if expected == (STEPS, CLASSES) and shape == (CLASSES,):
            raise Mistake(
                "you answer once per sequence, (batch, 4): you returned the last state, not the "
                "whole sequence. Did you pass return_sequences=True?"
            )
        raise Mistake(
            f"the output should be (batch, {', '.join(map(str, expected))}); yours is "
            f"(batch, {', '.join(map(str, shape))}). The last Dense layer needs {CLASSES} units."
        )
    probe = np.linspace(-1, 1, 2 * STEPS * FEATURES, dtype="float32").reshape(2, STEPS, FEATURES)
    probabilities = run_model(model, probe)
    sums = probabilities.sum(axis=-1)
    if probabilities.min() < 0 or not np.allclose(sums, 1, atol=1e-4):
        raise Mistake(
            "the outputs are not probabilities (they should be positive and sum to 1 over the "
            "4 classes): give the last Dense layer activation='softmax'."
        )


@checker
def check_many_to_one(build_many_to_one) -> str:
    """Check a model that reads ``(batch, 8, 3)`` and gives one distribution ``(batch, 4)``."""
    _check_classifier(build_many_to_one, "build_many_to_one", (CLASSES,))
    return "one softmax over 4 classes per sequence: (batch, 8, 3) -> (batch, 4)."


@checker
def check_aligned_many_to_many(build_tagger) -> str:
    """Check a model that gives a class distribution at every step: ``(batch, 8, 4)``."""
    _check_classifier(build_tagger, "build_tagger", (STEPS, CLASSES))
    return "one softmax over 4 classes per step: (batch, 8, 3) -> (batch, 8, 4)."


@checker
def check_make_windows(make_windows) -> str:
    """Check ``make_windows(series, window)`` -> ``inputs (n, window)``, ``targets (n,)``."""
    series, window = np.arange(1.0, 8.0), 3  # 1, 2, ..., 7
    n = len(series) - window
    result = call_learner(
        make_windows,
        "make_windows",
        series,
        window,
        hint=f"With {len(series)} values and a window of {window} there are "
        f"{len(series)} - {window} = {n} windows: an index out of range usually means one "
        "window too many.",
    )
    if not isinstance(result, tuple) or len(result) != 2:
        raise Mistake("make_windows should return two arrays: return inputs, targets.")
    inputs, targets = result
    inputs = as_numbers(inputs, "make_windows' inputs")
    if inputs.shape == (n + 1, window):
        raise Mistake(
            f"one window too many: the last window, {series[-window:]}, has no next value to "
            f"predict. Stop at len(series) - window windows."
        )
    if inputs.shape[1:] != (window,) and inputs.ndim == 2:
        raise Mistake(
            f"each window should hold {window} values, yours hold {inputs.shape[1]}: "
            f"series[i : i + window]."
        )
    inputs = as_answer_array(inputs, "make_windows' inputs", (n, window))
    targets = as_answer_array(targets, "make_windows' targets", (n,))
    expected = np.stack([series[i : i + window] for i in range(n)])
    if not same(inputs, expected):
        raise Mistake(f"the windows should be {expected.tolist()}, yours are {inputs.tolist()}.")
    if same(targets, expected[:, -1]):
        raise Mistake(
            "off by one: each target is its window's own last value. The target is the value "
            "after the window, series[i + window]."
        )
    if not same(targets, series[window:]):
        raise Mistake(
            f"the targets should be the value after each window, {series[window:].tolist()}; "
            f"yours are {targets.tolist()}."
        )
    return f"{n} windows of {window} values, each followed by its target."
