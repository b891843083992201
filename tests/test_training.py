"""helpers.training.restart_training with real Keras: a restarted model trains like a new one."""

import keras
import numpy as np
import pytest

from helpers.i18n import speaking
from helpers.training import restart_training, train_until


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
    for train in (
        lambda: restart_training(model, model.get_weights()),
        lambda: train_until(model, np.zeros((2, 2)), np.zeros(2), max_error=0.1),
    ):
        with speaking("ko"), pytest.raises(ValueError) as caught:
            train()
        assert str(caught.value) == (
            "모델에 아직 옵티마이저가 없습니다. 먼저 model.compile(...)을 호출하십시오"
        )


def test_train_until_checks_its_input_in_the_lessons_language():
    model = line_model(seed=0)
    x = np.zeros((4, 2))
    cases = [
        ({"targets": np.zeros(3)},
         "inputs hold 4 examples and targets 3: give one target per example",
         "inputs의 예제는 4개인데 targets의 목표값은 3개입니다. 예제마다 목표값을 하나씩 "
         "넣으십시오"),
        ({"max_error": 0}, "max_error must be above 0, got 0",
         "max_error에는 0보다 큰 수를 넣어야 합니다. 받은 값: 0"),
        ({"max_error": "0.1"}, "max_error must be a number such as 0.005, got str '0.1'",
         "max_error에는 0.005 같은 수를 넣어야 합니다. 받은 값: str '0.1'"),
        ({"max_steps": 10}, "max_steps must be at least 100, got 10",
         "max_steps에는 100 이상의 값을 넣어야 합니다. 받은 값: 10"),
    ]  # fmt: skip
    for change, english, korean in cases:
        arguments = {"targets": np.zeros(4), "max_error": 0.1, **change}
        for language, message in (("en", english), ("ko", korean)):
            with speaking(language), pytest.raises((TypeError, ValueError)) as caught:
                train_until(model, x, **arguments)
            assert str(caught.value) == message
    assert int(model.optimizer.iterations) == 0  # refused before any training


def line_model(seed: int):
    """Dense(1) on 2 features, Adam: learns y = x_1 - x_2 quickly."""
    keras.utils.set_random_seed(seed)
    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
    return model


def test_train_until_stops_at_the_first_check_below_the_error():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(16, 2))
    y = x[:, 0] - x[:, 1]
    model = line_model(seed=3)
    steps, error = train_until(model, x, y, max_error=0.01, check_every=20, max_steps=2000)
    assert steps % 20 == 0 and 20 <= steps < 2000
    assert error < 0.01
    assert np.abs(np.asarray(model(x))[:, 0] - y).mean() == pytest.approx(error)
    # One round fewer was not enough: the same start, stopped 20 steps earlier, is above it.
    early = line_model(seed=3)
    _, before = train_until(early, x, y, max_error=1e-9, check_every=20, max_steps=steps - 20)
    assert before >= 0.01


def test_train_until_stops_at_the_cap_and_says_so():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(16, 2))
    y = np.sin(3 * x[:, 0])  # a line cannot fit it
    steps, error = train_until(line_model(seed=4), x, y, max_error=1e-6, check_every=10,
                               max_steps=35)  # fmt: skip
    assert steps == 40  # rounded up to whole rounds of 10
    assert error >= 1e-6


def test_without_autotuning_turns_off_tf_datas_tuning_for_the_whole_pipeline():
    import tensorflow as tf

    from helpers.training import without_autotuning

    windows = tf.data.Dataset.range(10)
    assert windows.options().autotune.enabled is not False  # TensorFlow's default: on
    pipeline = without_autotuning(windows).shuffle(10, seed=0).repeat().batch(4)
    assert pipeline.options().autotune.enabled is False  # inherited by what is built on it
    assert [int(v) for v in without_autotuning(windows)] == list(range(10))  # same elements


def test_train_until_reads_its_batch_without_autotuning():
    # One long fit on a .repeat() pipeline: with tuning on, TensorFlow 2.21 keeps the finished
    # fit waiting for the tuning thread (measured: to 2.55 s or 5.11 s after the start).
    read = []

    class Recording(keras.Sequential):
        def fit(self, x=None, *args, **kwargs):
            read.append(x.options().autotune.enabled)
            return super().fit(x, *args, **kwargs)

    keras.utils.set_random_seed(0)
    model = Recording([keras.Input(shape=(2,)), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
    x = np.ones((4, 2))
    train_until(model, x, x[:, 0], max_error=0.5, check_every=5, max_steps=5)
    assert read == [False]
