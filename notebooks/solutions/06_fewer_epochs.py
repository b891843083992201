# Solution: more units give the LSTM more room, and still learning rate 0.1; both models start
# from the same seed, so the comparison is fair.
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # quiet TensorFlow, before importing it
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")  # repeatable float results on CPU
import keras

from helpers.checks import check_fewer_epochs


def build_fast_model(timesteps, n_chars):
    model = keras.Sequential(
        [
            keras.Input(shape=(timesteps, n_chars)),
            keras.layers.LSTM(16, return_sequences=True),  # 16 units instead of 5
            keras.layers.Dense(n_chars),  # logits
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.1),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    return model


done = check_fewer_epochs(build_fast_model)
