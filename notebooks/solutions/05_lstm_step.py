# Solution: one LSTM step for a batch, in Keras' layout (gate blocks i, f, c, o).
import numpy as np

from helpers.checks import check_lstm_step


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def my_lstm_step(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias):
    """x_t (batch, input_dim), h_prev and c_prev (batch, units) -> h_t, c_t (batch, units)."""
    z = x_t @ kernel + h_prev @ recurrent_kernel + bias  # (batch, 4 * units)
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)  # four blocks of units columns
    i, f, o = sigmoid(z_i), sigmoid(z_f), sigmoid(z_o)  # gates, each in (0, 1)
    candidate = np.tanh(z_c)  # new content, in (-1, 1)
    c_t = f * c_prev + i * candidate  # keep some of the old cell, write some of the new
    h_t = o * np.tanh(c_t)  # read the cell out through the output gate
    return h_t, c_t


done = check_lstm_step(my_lstm_step)
