# Solution: the memory cell for a batch, in Keras' weight layout.
import numpy as np

from helpers.checks import check_batched_memory_cell


def batched_memory_cell(inputs, kernel, recurrent_kernel, bias):
    """inputs (batch, timesteps, input_dim) -> every state (batch, timesteps, units)."""
    batch, timesteps, _ = inputs.shape
    h = np.zeros((batch, kernel.shape[1]))  # h_0 = 0 for every sequence
    states = np.empty((batch, timesteps, kernel.shape[1]))
    for t in range(timesteps):
        h = np.tanh(inputs[:, t] @ kernel + h @ recurrent_kernel + bias)  # (batch, units)
        states[:, t] = h
    return states


done = check_batched_memory_cell(batched_memory_cell)
