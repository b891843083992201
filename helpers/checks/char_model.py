"""Checkers for notebook 06: a model trained on the learner's own sentence, and a faster setup."""

from __future__ import annotations

import functools

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    NotDone,
    call_learner,
    checker,
    model_io,
    require_function,
    run_model,
)
from helpers.data import next_char_task

LAB_TEXTS = ("hihello", "if you want you")  # the notebook's own examples
MIN_CHARS = 8
MAX_EPOCHS = 50
SEED = 2024


def _predicted(model, inputs) -> np.ndarray:
    return np.argmax(run_model(model, inputs), axis=-1)


@checker
def check_own_sentence(text, model) -> str:
    """Check that ``model`` predicts every next character of ``text`` (read ``text[:-1]``)."""
    if text is None:
        raise NotDone("set my_text to a sentence of your own and train a model on it.")
    if not isinstance(text, str):
        raise Mistake(f"my_text should be a string, got {describe(text)}.")
    if text in LAB_TEXTS:
        raise Mistake(f"{text!r} is the notebook's example: choose a sentence of your own.")
    if len(text) < MIN_CHARS:
        raise Mistake(
            f"{text!r} has {len(text)} characters: use at least {MIN_CHARS}, so that the model "
            "has something to remember."
        )
    try:
        inputs, targets, vocab = next_char_task(text)
    except ValueError as error:
        raise Mistake(str(error)) from None
    if model is None:
        raise NotDone("train a model on my_text and pass it to the checker.")
    input_shape, _ = model_io(model, "my_model")
    if input_shape[1:] != inputs.shape[1:]:
        raise Mistake(
            f"the model reads {input_shape[1:]}, but my_text gives {inputs.shape[1:]} "
            f"(steps, characters): train the model on this text."
        )
    predicted = _predicted(model, inputs)
    if predicted.shape != targets.shape:
        raise Mistake(
            f"the model should give one prediction per step, {targets.shape}; it gives "
            f"{predicted.shape}. Did you pass return_sequences=True?"
        )
    right = int((predicted == targets).sum())
    if right < targets.size:
        raise Mistake(
            f"the model gets {right} of {targets.size} characters right: it predicts "
            f"{vocab.decode(predicted[0])!r} for {text[1:]!r}. Train longer (more epochs) or "
            "give it more units."
        )
    return f"the model predicts all {targets.size} next characters of {text!r}."


def _notes_model(keras, timesteps: int, n_chars: int):
    """Note 003's setup: LSTM(n_chars) + Dense logits, Adam with learning rate 0.1."""
    keras.utils.set_random_seed(SEED)
    model = keras.Sequential(
        [
            keras.Input(shape=(timesteps, n_chars)),
            keras.layers.LSTM(n_chars, return_sequences=True),
            keras.layers.Dense(n_chars),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.1),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    return model


@functools.cache  # deterministic, and a few seconds: train the reference once per session
def _notes_epochs() -> int:
    """Epochs note 003's setup needs before it first predicts "ihello"."""
    import keras

    inputs, targets, _ = next_char_task("hihello")
    return _epochs_to_perfect(_notes_model(keras, 6, 5), inputs, targets)


def _epochs_to_perfect(model, inputs, targets) -> int | None:
    """One update per epoch on the one sequence; the first epoch after which all are right."""
    for epoch in range(1, MAX_EPOCHS + 1):
        model.train_on_batch(inputs, targets)
        if np.array_equal(_predicted(model, inputs), targets):
            return epoch
    return None


def _check_setup(model) -> None:
    """Catch the usual set-up mistakes before spending time on training."""
    input_shape, output_shapes = model_io(model, "build_fast_model")
    if input_shape[1:] != (6, 5):
        raise Mistake(
            f"the model should read (timesteps, n_chars) = (6, 5) for 'hihell'; it reads "
            f"{input_shape[1:]}. Use the arguments: keras.Input(shape=(timesteps, n_chars))."
        )
    if len(output_shapes) != 1 or output_shapes[0][1:] != (6, 5):
        shape = output_shapes[0] if len(output_shapes) == 1 else output_shapes
        hint = " Did you pass return_sequences=True?" if len(output_shapes[0]) == 2 else ""
        raise Mistake(
            f"the model should output (batch, 6, 5), one score per character and step; "
            f"it outputs {shape}.{hint}"
        )
    if getattr(model, "optimizer", None) is None or getattr(model, "loss", None) is None:
        raise Mistake("compile the model first: model.compile(optimizer=..., loss=...).")
    activation = getattr(model.layers[-1], "activation", None)
    softmax_out = getattr(activation, "__name__", "") == "softmax"
    from_logits = bool(getattr(model.loss, "from_logits", False))
    if softmax_out and from_logits:
        raise Mistake(
            "the last layer applies softmax and the loss applies it again (from_logits=True): "
            "keep the Dense layer without activation."
        )
    if not softmax_out and not from_logits:
        raise Mistake(
            "the last layer gives logits, but the loss expects probabilities: use "
            "keras.losses.SparseCategoricalCrossentropy(from_logits=True)."
        )


@checker
def check_fewer_epochs(build_fast_model) -> str:
    """Train ``build_fast_model(6, 5)`` on "hihell" -> "ihello"; it must be perfect sooner than
    note 003's setup, trained the same way (one update per epoch, at most 50 epochs)."""
    require_function(build_fast_model, "build_fast_model")  # answer before loading TensorFlow
    import keras  # only when the checker runs: notebook 06 has imported it already

    keras.utils.set_random_seed(SEED)  # the same start as the notes' model below
    model = call_learner(build_fast_model, "build_fast_model", 6, 5)
    _check_setup(model)
    baseline = _notes_epochs()
    inputs, targets, _ = next_char_task("hihello")
    try:
        epochs = _epochs_to_perfect(model, inputs, targets)
    except Exception as error:  # noqa: BLE001 - report in words
        raise Mistake(f"training failed: {type(error).__name__}: {error}") from None
    if epochs is None:
        raise Mistake(
            f"your model never predicted 'ihello' in {MAX_EPOCHS} epochs (the notes' setup "
            f"needs {baseline}). Is the learning rate too small?"
        )
    if epochs >= baseline:
        raise Mistake(
            f"your model needs {epochs} epochs, the notes' setup {baseline}: not fewer yet. Try "
            "a larger learning rate, more units, or another cell."
        )
    return f"'ihello' after {epochs} epochs, against {baseline} for the notes' setup."
