"""helpers.training.restart_training with real Keras: a restarted model trains like a new one."""

import keras
import numpy as np
import pytest

from helpers.training import restart_training


def small_model(seed: int):
    keras.utils.set_random_seed(seed)
    model = keras.Sequential(
        [keras.Input(shape=(None, 2)), keras.layers.GRU(3), keras.layers.Dense(1)]
    )
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
    return model


def train(model, x, y, steps=5):
    return [float(model.train_on_batch(x, y)) for _ in range(steps)]


def test_a_restarted_model_trains_exactly_like_a_new_one():
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(8, 4, 2)).astype("float32"), rng.normal(size=(8, 1)).astype("float32")
    reused = small_model(seed=1)
    train(reused, x, y)  # moves the weights and Adam's moments away from the start
    fresh = small_model(seed=2)
    restart_training(reused, fresh.get_weights())
    assert int(reused.optimizer.iterations) == 0
    assert float(reused.optimizer.learning_rate) == pytest.approx(0.05)  # kept, not zeroed
    # A longer sequence, too: the reused model serves any length, as in notebook 05.
    x_long = rng.normal(size=(8, 7, 2)).astype("float32")
    assert train(reused, x_long, y) == train(fresh, x_long, y)
    for a, b in zip(reused.get_weights(), fresh.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_a_model_that_was_never_compiled_is_refused():
    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
    with pytest.raises(ValueError, match=r"call model.compile\(...\) first"):
        restart_training(model, model.get_weights())
