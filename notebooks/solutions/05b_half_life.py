import numpy as np

from helpers.checks import check_half_life


def half_life(forget_bias):
    """Steps n after which a cell whose forget gate stays at f = sigmoid(forget_bias) keeps half."""
    f = 1 / (1 + np.exp(-forget_bias))  # the forget gate: the share of the cell kept per step
    return np.log(0.5) / np.log(f)  # f ** n = 1 / 2


done = check_half_life(half_life)
