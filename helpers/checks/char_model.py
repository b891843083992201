"""Checkers for notebook 06: a model trained on the learner's own sentence, and a faster setup."""

from __future__ import annotations

import functools

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    NotDone,
    are_probabilities,
    call_learner,
    checker,
    declared_input,
    fits,
    looks_like_model,
    model_outputs,
    require_function,
)
from helpers.data import next_char_task

LAB_TEXTS = ("hihello", "if you want you")  # the notebook's own examples
MIN_CHARS = 8
MAX_EPOCHS = 50
SEED = 2024
NOTES_RATE = 0.1  # note 003's Adam learning rate


def _predicted(model, inputs) -> np.ndarray:
    outputs = model_outputs(model, inputs)
    if len(outputs) != 1:
        raise Mistake(f"the model should have one output, it has {len(outputs)}.")
    return np.argmax(outputs[0], axis=-1)


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
    if not looks_like_model(model):
        raise Mistake(f"my_model should be a Keras model, got {describe(model)}.")
    declared = declared_input(model)
    if not fits(declared, inputs.shape[1:]):
        raise Mistake(
            f"the model reads {declared}, but my_text gives {inputs.shape[1:]} "
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
            keras.layers.LSTM(n_chars, return_sequences=True, dtype="float32"),
            keras.layers.Dense(n_chars, dtype="float32"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=NOTES_RATE),
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


def _learning_rate(model) -> float | None:
    try:
        return float(np.asarray(model.optimizer.learning_rate))
    except (AttributeError, TypeError, ValueError):
        return None


def _times(ratio: float) -> str:
    words = {10: "ten times", 100: "a hundred times", 1000: "a thousand times"}
    return words.get(round(ratio), f"{ratio:.3g} times")


def _check_setup(model, inputs: np.ndarray, targets: np.ndarray) -> None:
    """Catch the usual set-up mistakes before spending time on training."""
    if not looks_like_model(model):
        raise Mistake(f"build_fast_model should return a Keras model, got {describe(model)}.")
    declared = declared_input(model)
    if not fits(declared, (6, 5)):
        raise Mistake(
            f"the model should read (timesteps, n_chars) = (6, 5) for 'hihell'; it reads "
            f"{declared}. Use the arguments: keras.Input(shape=(timesteps, n_chars))."
        )
    outputs = model_outputs(model, inputs)
    if len(outputs) != 1 or outputs[0].shape != (1, 6, 5):
        shapes = [o.shape for o in outputs]
        hint = " Did you pass return_sequences=True?" if shapes == [(1, 5)] else ""
        raise Mistake(
            f"the model should output (batch, 6, 5), one score per character and step; for "
            f"'hihell' it outputs {shapes[0] if len(shapes) == 1 else shapes}.{hint}"
        )
    if getattr(model, "optimizer", None) is None or getattr(model, "loss", None) is None:
        raise Mistake("compile the model first: model.compile(optimizer=..., loss=...).")
    probabilities = are_probabilities(outputs[0])  # what the model gives, whatever its layers
    from_logits = bool(getattr(model.loss, "from_logits", False))
    if probabilities and from_logits:
        raise Mistake(
            "the model outputs probabilities (a softmax) and the loss has from_logits=True, so "
            "it applies softmax twice: drop the softmax, or use from_logits=False."
        )
    if not probabilities and not from_logits:
        raise Mistake(
            "the model outputs logits, but the loss expects probabilities: use "
            "keras.losses.SparseCategoricalCrossentropy(from_logits=True)."
        )
    if np.array_equal(np.argmax(outputs[0], axis=-1), targets):
        raise Mistake(
            "the model already predicts 'ihello' before the checker trains it: build_fast_model "
            "should return a fresh, untrained model, to be counted from its first epoch."
        )


@checker
def check_fewer_epochs(build_fast_model) -> str:
    """Train ``build_fast_model(6, 5)`` on "hihell" -> "ihello"; it must be perfect sooner than
    note 003's setup, trained the same way (one update per epoch, at most 50 epochs), from a
    model that starts untrained."""
    require_function(build_fast_model, "build_fast_model")  # answer before loading TensorFlow
    import keras  # only when the checker runs: notebook 06 has imported it already

    inputs, targets, _ = next_char_task("hihello")
    keras.utils.set_random_seed(SEED)  # the same start as the notes' model
    model = call_learner(build_fast_model, "build_fast_model", 6, 5)  # a stub stops here
    _check_setup(model, inputs, targets)
    # The notes' model sets its own seed, layers and float32 dtype, so nothing the learner's
    # code set can change it; trained once per session, and only for an answer.
    baseline = _notes_epochs()
    keras.utils.set_random_seed(SEED)  # training draws (dropout) as if the notes' run had not been
    try:
        epochs = _epochs_to_perfect(model, inputs, targets)
    except Exception as error:  # noqa: BLE001 - report in words
        raise Mistake(f"training failed: {type(error).__name__}: {error}") from None
    if epochs is None:
        rate = _learning_rate(model)
        slow = (
            f" Its learning rate {rate:g} is {_times(NOTES_RATE / rate)} smaller than note "
            f"003's {NOTES_RATE}."
            if rate is not None and rate < NOTES_RATE / 2
            else ""
        )
        raise Mistake(
            f"your model never predicted 'ihello' in {MAX_EPOCHS} epochs (the notes' setup "
            f"needs {baseline}).{slow}"
        )
    if epochs >= baseline:
        raise Mistake(
            f"your model needs {epochs} epochs, the notes' setup {baseline}: not fewer yet. Try "
            "a larger learning rate, more units, or another cell."
        )
    return f"'ihello' after {epochs} epochs, against {baseline} for the notes' setup."
