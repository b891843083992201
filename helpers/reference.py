"""NumPy reference forward passes, in the weight layout Keras uses.

Keras multiplies row vectors from the left: ``x_t @ kernel`` with ``kernel`` of shape
``(input_dim, units)``. The textbook equation ``h_t = tanh(W_x x_t + W_h h_{t-1} + b)`` uses
column vectors, so ``W_x = kernel.T`` and ``W_h = recurrent_kernel.T``.
"""

from __future__ import annotations

import numpy as np

from helpers._validate import as_float_array


def _check_simple_rnn_weights(kernel, recurrent_kernel, bias, input_dim: int):
    kernel = as_float_array(kernel, "kernel", ndim=2)
    recurrent_kernel = as_float_array(recurrent_kernel, "recurrent_kernel", ndim=2)
    bias = as_float_array(bias, "bias", ndim=1)
    units = kernel.shape[1]
    if kernel.shape[0] != input_dim:
        hint = ""
        if kernel.shape[1] == input_dim:
            hint = "; it looks transposed: did you pass W_x of shape (units, input_dim)?"
        raise ValueError(
            f"kernel has shape {kernel.shape} but the input has {input_dim} features: "
            f"expected (input_dim, units) = ({input_dim}, units){hint}"
        )
    if recurrent_kernel.shape != (units, units):
        raise ValueError(
            f"recurrent_kernel has shape {recurrent_kernel.shape}, "
            f"expected (units, units) = ({units}, {units})"
        )
    if bias.shape != (units,):
        raise ValueError(f"bias has shape {bias.shape}, expected (units,) = ({units},)")
    return kernel, recurrent_kernel, bias


def simple_rnn_forward(
    inputs,
    kernel,
    recurrent_kernel,
    bias,
    initial_state=None,
    return_sequences: bool = True,
) -> np.ndarray:
    """Run a SimpleRNN (tanh) over a sequence or a batch of sequences.

    Args:
        inputs: ``(timesteps, input_dim)`` for one sequence or ``(batch, timesteps, input_dim)``.
        kernel: ``(input_dim, units)``, Keras' ``layer.weights[0]``.
        recurrent_kernel: ``(units, units)``, Keras' ``layer.weights[1]``.
        bias: ``(units,)``, Keras' ``layer.weights[2]``.
        initial_state: ``(units,)`` or ``(batch, units)``; zeros when omitted.
        return_sequences: all states ``(..., timesteps, units)`` if True, else only the last
            one, ``(..., units)``.

    Returns:
        The hidden states as float64, with the batch axis only if ``inputs`` had one.
    """
    x = as_float_array(inputs, "inputs", ndim=(2, 3))
    batched = x.ndim == 3
    if not batched:
        x = x[np.newaxis]
    batch, timesteps, input_dim = x.shape
    kernel, recurrent_kernel, bias = _check_simple_rnn_weights(
        kernel, recurrent_kernel, bias, input_dim
    )
    units = kernel.shape[1]

    if initial_state is None:
        h = np.zeros((batch, units))
    else:
        h = as_float_array(initial_state, "initial_state", ndim=(1, 2))
        if h.shape[-1] != units or (h.ndim == 2 and h.shape[0] != batch):
            raise ValueError(
                f"initial_state has shape {h.shape}, expected ({units},) or ({batch}, {units})"
            )
        h = np.broadcast_to(h, (batch, units))

    states = np.empty((batch, timesteps, units))
    for t in range(timesteps):
        h = np.tanh(x[:, t] @ kernel + h @ recurrent_kernel + bias)
        states[:, t] = h

    result = states if return_sequences else states[:, -1]
    return result if batched else result[0]
