"""Training helpers for the Keras notebooks. Nothing here imports TensorFlow or Keras itself."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from helpers._validate import describe


def restart_training(model, weights: Sequence[np.ndarray]) -> None:
    """Put a compiled Keras model back at the start of training.

    ``weights`` (a list like ``model.get_weights()``, e.g. from a freshly built model) become the
    model's weights, the optimizer's state (step count, moment estimates) goes back to zero, its
    learning rate is kept, and the running mean of the loss that ``train_on_batch`` reports
    starts again. The model then trains exactly as a freshly built one would, but
    reuses the training function Keras already traced for it, which saves about a second of
    tracing per model on a laptop CPU.
    """
    if not all(hasattr(model, name) for name in ("get_weights", "set_weights")):
        raise TypeError(f"model must be a Keras model, got {describe(model)}")
    if getattr(model, "optimizer", None) is None:
        raise ValueError("the model has no optimizer yet: call model.compile(...) first")
    if isinstance(weights, (str, bytes)) or not isinstance(weights, Sequence):
        raise TypeError(
            f"weights must be a list of arrays like model.get_weights(), got {describe(weights)}"
        )
    current = model.get_weights()
    if len(weights) != len(current):
        raise ValueError(
            f"weights has {len(weights)} arrays, the model has {len(current)}: "
            f"take them from a model built the same way"
        )
    for index, (new, old) in enumerate(zip(weights, current, strict=True)):
        shape = np.shape(new)
        if shape != old.shape:
            raise ValueError(
                f"weights[{index}] has shape {shape}, the model's has {old.shape}: "
                f"take them from a model built the same way"
            )
        if not np.all(np.isfinite(new)):
            raise ValueError(f"weights[{index}] contains NaN or infinite values")
    model.set_weights(weights)
    optimizer = model.optimizer
    learning_rate = getattr(optimizer, "_learning_rate", None)  # a variable unless a schedule
    for variable in optimizer.variables:
        if variable is not learning_rate:
            variable.assign(np.zeros(variable.shape, dtype=variable.dtype))
    if hasattr(model, "reset_metrics"):
        model.reset_metrics()
