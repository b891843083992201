"""Training helpers for the Keras notebooks: restart a compiled model, train to a criterion, and
read a ``tf.data`` pipeline without autotuning.

Importing this module never imports TensorFlow; the functions import Keras when they run.
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence

import numpy as np

from helpers._validate import as_float_array, as_positive_int, describe
from helpers.i18n import say


def _check_model(model, needs: tuple[str, ...]) -> None:
    """A compiled Keras model (one with the methods ``needs`` and an optimizer), or why not."""
    if not all(hasattr(model, name) for name in needs):
        raise TypeError(
            say(
                f"model must be a Keras model, got {describe(model)}",
                f"model에는 Keras 모델을 넣어야 합니다. 받은 값: {describe(model)}",
            )
        )
    if getattr(model, "optimizer", None) is None:
        raise ValueError(
            say(
                "the model has no optimizer yet: call model.compile(...) first",
                "모델에 아직 옵티마이저가 없습니다. 먼저 model.compile(...)을 호출하십시오",
            )
        )


def restart_training(model, weights: Sequence[np.ndarray]) -> None:
    """Put a compiled Keras model back at the start of training.

    ``weights`` (a list like ``model.get_weights()``, e.g. from a freshly built model) become the
    model's weights, the optimizer's state (step count, moment estimates) goes back to zero, its
    learning rate is kept, and the running mean of the loss that ``train_on_batch`` reports
    starts again. The model then trains exactly as a freshly built one would, but
    reuses the training function Keras already traced for it, which saves about a second of
    tracing per model on a laptop CPU.
    """
    _check_model(model, needs=("get_weights", "set_weights"))
    if isinstance(weights, (str, bytes)) or not isinstance(weights, Sequence):
        raise TypeError(
            say(
                f"weights must be a list of arrays like model.get_weights(), "
                f"got {describe(weights)}",
                f"weights에는 model.get_weights() 같은 배열의 리스트를 넣어야 합니다. "
                f"받은 값: {describe(weights)}",
            )
        )
    current = model.get_weights()
    if len(weights) != len(current):
        raise ValueError(
            say(
                f"weights has {len(weights)} arrays, the model has {len(current)}: "
                f"take them from a model built the same way",
                f"weights의 배열은 {len(weights)}개인데 모델의 배열은 {len(current)}개입니다. "
                f"같은 방식으로 만든 모델에서 가져오십시오",
            )
        )
    for index, (new, old) in enumerate(zip(weights, current, strict=True)):
        shape = np.shape(new)
        if shape != old.shape:
            raise ValueError(
                say(
                    f"weights[{index}] has shape {shape}, the model's has {old.shape}: "
                    f"take them from a model built the same way",
                    f"weights[{index}]의 형태는 {shape}인데 모델의 형태는 {old.shape}입니다. "
                    f"같은 방식으로 만든 모델에서 가져오십시오",
                )
            )
        if not np.all(np.isfinite(new)):
            raise ValueError(
                say(
                    f"weights[{index}] contains NaN or infinite values",
                    f"weights[{index}]에 NaN이나 무한대 값이 있습니다",
                )
            )
    model.set_weights(weights)
    optimizer = model.optimizer
    learning_rate = getattr(optimizer, "_learning_rate", None)  # a variable unless a schedule
    for variable in optimizer.variables:
        if variable is not learning_rate:
            variable.assign(np.zeros(variable.shape, dtype=variable.dtype))
    if hasattr(model, "reset_metrics"):
        model.reset_metrics()


def without_autotuning(dataset):
    """``dataset`` with ``tf.data``'s autotuning turned off, for it and every pipeline built on it.

    Autotuning runs a background thread that wakes at doubling intervals (10 ms, 20 ms, ...) to
    retune buffers. On TensorFlow 2.21 a ``fit`` that reads one iterator for over a second (a
    ``.repeat()`` pipeline split by ``steps_per_epoch``) does not return until that thread next
    wakes: measured here, fits that had finished after 1.4 s and 2.7 s returned at 2.55 s and
    5.11 s after their start. The course's pipelines hold a few thousand small windows in memory,
    with nothing to tune, so they read them without it. The elements and their order do not change.
    """
    import tensorflow as tf

    if not isinstance(dataset, tf.data.Dataset):
        raise TypeError(
            say(
                f"dataset must be a tf.data.Dataset, got {describe(dataset)}",
                f"dataset에는 tf.data.Dataset을 넣어야 합니다. 받은 값: {describe(dataset)}",
            )
        )
    options = tf.data.Options()
    options.autotune.enabled = False
    return dataset.with_options(options)


def _check_train_until_args(model, inputs, targets, max_error, check_every, max_steps):
    """``train_until``'s input checks: ``(x, y, check_every, max_steps)``, the batch as float32
    arrays and the two counts as ints, or a TypeError/ValueError that says what is wrong."""
    _check_model(model, needs=("fit", "get_weights"))
    x = as_float_array(inputs, "inputs", ndim=(2, 3)).astype("float32")
    y = as_float_array(targets, "targets", ndim=(1, 2)).astype("float32")
    if len(x) != len(y):
        raise ValueError(
            say(
                f"inputs hold {len(x)} examples and targets {len(y)}: give one target per example",
                f"inputs의 예제는 {len(x)}개인데 targets의 목표값은 {len(y)}개입니다. 예제마다 "
                f"목표값을 하나씩 넣으십시오",
            )
        )
    if isinstance(max_error, bool) or not isinstance(max_error, numbers.Real):
        raise TypeError(
            say(
                f"max_error must be a number such as 0.005, got {describe(max_error)}",
                f"max_error에는 0.005 같은 수를 넣어야 합니다. 받은 값: {describe(max_error)}",
            )
        )
    if not max_error > 0:
        raise ValueError(
            say(
                f"max_error must be above 0, got {max_error}",
                f"max_error에는 0보다 큰 수를 넣어야 합니다. 받은 값: {max_error}",
            )
        )
    check_every = as_positive_int(check_every, "check_every")
    max_steps = as_positive_int(max_steps, "max_steps", minimum=check_every)
    return x, y, check_every, max_steps


def train_until(
    model, inputs, targets, *, max_error: float, check_every: int = 100, max_steps: int = 10_000
) -> tuple[int, float]:
    """Train a compiled Keras model on one batch until its predictions are within ``max_error``.

    A stated stopping criterion instead of a fixed budget: the model takes optimizer steps on the
    whole batch ``inputs`` -> ``targets``, ``check_every`` at a time, and after each round the
    mean absolute error of ``model(inputs)`` against ``targets`` is measured. Training stops at
    the first round whose error is below ``max_error``, or after ``max_steps`` steps (rounded up
    to whole rounds), a cap so that a model that never gets there still stops. Returns
    ``(steps, error)``: the steps taken and the last error measured (``error >= max_error``
    means the cap came first).
    """
    x, y, check_every, max_steps = _check_train_until_args(
        model, inputs, targets, max_error, check_every, max_steps
    )

    import keras
    import tensorflow as tf

    measured = []

    class StopWhenClose(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            predictions = np.asarray(self.model(x, training=False)).reshape(y.shape)
            measured.append(float(np.abs(predictions - y).mean()))
            if measured[-1] < max_error:
                self.model.stop_training = True

    rounds = -(-max_steps // check_every)  # rounds of check_every steps, the last one capped
    # The same whole batch at every step, read without autotuning: it would keep a long fit
    # waiting at its end (see without_autotuning).
    batch = without_autotuning(tf.data.Dataset.from_tensors((x, y))).repeat()
    model.fit(
        batch,
        steps_per_epoch=check_every,
        epochs=rounds,
        verbose=0,
        callbacks=[StopWhenClose()],
    )
    return check_every * len(measured), measured[-1]
