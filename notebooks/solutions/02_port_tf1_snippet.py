# Solution: dynamic_rnn(SimpleRNNCell(units=2), x_data) with x_data of shape (1, 5, 4), in Keras 3.
import keras

from helpers.checks import check_tf1_port


def build_model():
    sequences = keras.Input(shape=(5, 4))  # (timesteps, features); the batch size stays open
    outputs, states = keras.layers.SimpleRNN(2, return_sequences=True, return_state=True)(sequences)
    return keras.Model(sequences, [outputs, states])


done = check_tf1_port(build_model)
