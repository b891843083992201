"""NumPy reference forward passes, in the weight layout Keras uses.

Keras multiplies row vectors from the left: ``x_t @ kernel`` with ``kernel`` of shape
``(input_dim, units)``. The textbook equation ``h_t = tanh(W_x x_t + W_h h_{t-1} + b)`` uses
column vectors, so ``W_x = kernel.T`` and ``W_h = recurrent_kernel.T``.
"""

from __future__ import annotations

import numpy as np

from helpers._validate import as_flag, as_float_array, describe
from helpers.i18n import say

# The course's meaning of a saturated tanh unit (notebook 01 and its exercise): |h| above this,
# where tanh's slope 1 - h^2 is below 0.02 and the unit barely responds to its input.
SATURATED = 0.99


def _check_weights(kernel, recurrent_kernel, bias, input_dim: int, gates: int, bias_rows: int):
    """Check a recurrent layer's weights in Keras layout; return them as float64 arrays.

    ``gates`` blocks of ``units`` columns sit side by side (1 for SimpleRNN, 3 for GRU, 4 for
    LSTM). ``bias_rows`` is 2 for Keras' GRU (input and recurrent biases), else 1 (a 1-D bias).
    """
    kernel = as_float_array(kernel, "kernel", ndim=2)
    recurrent_kernel = as_float_array(recurrent_kernel, "recurrent_kernel", ndim=2)
    bias = as_float_array(bias, "bias", ndim=2 if bias_rows > 1 else 1)
    columns = "units" if gates == 1 else f"{gates} * units"
    if kernel.shape[1] % gates:
        raise ValueError(
            say(
                f"kernel has {kernel.shape[1]} columns, expected {columns}: one block of units "
                f"columns per gate",
                f"kernel의 열이 {kernel.shape[1]}개입니다. 기대한 열의 수: {columns} "
                f"(게이트마다 units개 열의 블록 하나)",
            )
        )
    units = kernel.shape[1] // gates
    if kernel.shape[0] != input_dim:
        hint = ""
        if kernel.shape[1] == input_dim:
            hint = say(
                "; it looks transposed: did you pass W_x of shape (units, input_dim)?",
                ". 전치된 것 같습니다: 형태가 (units, input_dim)인 W_x를 넘기지 않았습니까?",
            )
        raise ValueError(
            say(
                f"kernel has shape {kernel.shape} but the input has {input_dim} features: "
                f"expected (input_dim, {columns}) = ({input_dim}, {columns}){hint}",
                f"kernel의 형태는 {kernel.shape}인데 입력의 특성은 {input_dim}개입니다. "
                f"기대한 형태: (input_dim, {columns}) = ({input_dim}, {columns}){hint}",
            )
        )
    if recurrent_kernel.shape != (units, gates * units):
        raise ValueError(
            say(
                f"recurrent_kernel has shape {recurrent_kernel.shape}, "
                f"expected (units, {columns}) = ({units}, {gates * units})",
                f"recurrent_kernel의 형태가 {recurrent_kernel.shape}입니다. "
                f"기대한 형태: (units, {columns}) = ({units}, {gates * units})",
            )
        )
    expected_bias = (gates * units,) if bias_rows == 1 else (bias_rows, gates * units)
    if bias.shape != expected_bias:
        wanted = f"({columns},)" if bias_rows == 1 else f"({bias_rows}, {columns})"
        raise ValueError(
            say(
                f"bias has shape {bias.shape}, expected {wanted} = {expected_bias}",
                f"bias의 형태가 {bias.shape}입니다. 기대한 형태: {wanted} = {expected_bias}",
            )
        )
    return kernel, recurrent_kernel, bias, units


def _as_batch(inputs) -> tuple[np.ndarray, bool]:
    """``inputs`` as ``(batch, timesteps, input_dim)`` float64, and whether it had a batch axis."""
    x = as_float_array(inputs, "inputs", ndim=(2, 3))
    return (x, True) if x.ndim == 3 else (x[np.newaxis], False)


def _initial(state, name: str, batch: int, units: int) -> np.ndarray:
    """A start state broadcast to ``(batch, units)``: zeros when ``state`` is None."""
    if state is None:
        return np.zeros((batch, units))
    h = as_float_array(state, name, ndim=(1, 2))
    if h.shape[-1] != units or (h.ndim == 2 and h.shape[0] != batch):
        raise ValueError(
            say(
                f"{name} has shape {h.shape}, expected ({units},) or ({batch}, {units})",
                f"{name}의 형태가 {h.shape}입니다. 기대한 형태: ({units},) 또는 ({batch}, {units})",
            )
        )
    return np.broadcast_to(h, (batch, units))


def _check_finite(states: np.ndarray, *arrays: np.ndarray) -> None:
    """Finite inputs can still overflow float64 (1e200 * 1e200); say so instead of returning NaN."""
    if not np.all(np.isfinite(states)):
        largest = max(float(np.abs(a).max()) for a in arrays)
        raise ValueError(
            say(
                f"the states overflowed to NaN: inputs and weights as large as {largest:.3g} are "
                f"too large for float64 arithmetic; scale them down",
                f"상태가 넘쳐(overflow) NaN이 되었습니다: 입력과 가중치에 {largest:.3g}만큼 큰 "
                f"값이 있어 float64 연산으로는 다룰 수 없습니다. 값의 크기를 줄이십시오",
            )
        )


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _check_activation(function, name: str) -> None:
    if not callable(function):
        raise TypeError(
            say(
                f"{name} must be a function such as np.tanh, got {describe(function)}",
                f"{name}에는 np.tanh 같은 함수를 넣어야 합니다. 받은 값: {describe(function)}",
            )
        )


def _check_step(x_t, states: dict, kernel, recurrent_kernel, bias, gates: int, bias_rows: int):
    """Check one step's arrays: ``x_t`` and every state ``(batch, ...)`` or unbatched."""
    x = as_float_array(x_t, "x_t", ndim=(1, 2))
    kernel, recurrent_kernel, bias, units = _check_weights(
        kernel, recurrent_kernel, bias, x.shape[-1], gates=gates, bias_rows=bias_rows
    )
    checked = []
    for name, state in states.items():
        state = as_float_array(state, name, ndim=(1, 2))
        if state.shape[-1] != units or state.ndim != x.ndim or state.shape[:-1] != x.shape[:-1]:
            raise ValueError(
                say(
                    f"{name} has shape {state.shape}, expected {x.shape[:-1] + (units,)}: "
                    f"(batch, units) for x_t of shape {x.shape}",
                    f"{name}의 형태가 {state.shape}입니다. 기대한 형태: "
                    f"{x.shape[:-1] + (units,)} (x_t의 형태가 {x.shape}일 때의 (batch, units))",
                )
            )
        checked.append(state)
    return x, checked, kernel, recurrent_kernel, bias


# One step of each cell, the mathematics written once: the forward passes below loop over these,
# and the exercise checkers compute the right answer and each mistake with them.


def simple_rnn_step(x_t, h_prev, kernel, recurrent_kernel, bias, activation=np.tanh):
    """One SimpleRNN step: ``activation(x_t @ kernel + h_prev @ recurrent_kernel + bias)``.

    ``x_t`` is ``(input_dim,)`` or ``(batch, input_dim)``, ``h_prev`` ``(units,)`` or
    ``(batch, units)``, weights in Keras layout; ``activation`` is tanh, as in Keras' default.
    Returns ``h_t``, shaped like ``h_prev``.
    """
    x, (h,), kernel, recurrent_kernel, bias = _check_step(
        x_t, {"h_prev": h_prev}, kernel, recurrent_kernel, bias, gates=1, bias_rows=1
    )
    _check_activation(activation, "activation")
    return _simple_rnn_step(x, h, kernel, recurrent_kernel, bias, activation)


def _simple_rnn_step(x, h, kernel, recurrent_kernel, bias, activation=np.tanh):
    return activation(x @ kernel + h @ recurrent_kernel + bias)


def lstm_step(
    x_t,
    h_prev,
    c_prev,
    kernel,
    recurrent_kernel,
    bias,
    candidate_activation=np.tanh,
    output_activation=np.tanh,
):
    """One LSTM step in Keras' block order i, f, c, o; returns ``(h_t, c_t)``.

    ``i, f, o = sigmoid(...)``, ``c~ = candidate_activation(...)``, ``c_t = f * c_prev + i * c~``,
    ``h_t = o * output_activation(c_t)``. Keras uses tanh for both activations (its
    ``activation`` argument); the checkers pass others to show what a mistake computes.
    """
    x, (h, c), kernel, recurrent_kernel, bias = _check_step(
        x_t, {"h_prev": h_prev, "c_prev": c_prev}, kernel, recurrent_kernel, bias, 4, 1
    )
    _check_activation(candidate_activation, "candidate_activation")
    _check_activation(output_activation, "output_activation")
    return _lstm_step(
        x, h, c, kernel, recurrent_kernel, bias, candidate_activation, output_activation
    )


def _lstm_step(
    x, h, c, kernel, recurrent_kernel, bias, candidate_activation=np.tanh, output_activation=np.tanh
):
    z = x @ kernel + h @ recurrent_kernel + bias
    i, f, g, o = np.split(z, 4, axis=-1)
    c = _sigmoid(f) * c + _sigmoid(i) * candidate_activation(g)
    return _sigmoid(o) * output_activation(c), c


def gru_step(x_t, h_prev, kernel, recurrent_kernel, bias):
    """One Keras 3 GRU step (``reset_after=True``): update ``z``, reset ``r``, candidate.

    ``bias`` is ``(2, 3 * units)``: row 0 joins ``x_t @ kernel``, row 1 ``h_prev @
    recurrent_kernel``; ``h_t = z * h_prev + (1 - z) * candidate``.
    """
    x, (h,), kernel, recurrent_kernel, bias = _check_step(
        x_t, {"h_prev": h_prev}, kernel, recurrent_kernel, bias, gates=3, bias_rows=2
    )
    return _gru_step(x, h, kernel, recurrent_kernel, bias)


def _gru_step(x, h, kernel, recurrent_kernel, bias):
    from_input = x @ kernel + bias[0]
    from_state = h @ recurrent_kernel + bias[1]
    (z_in, r_in, h_in), (z_state, r_state, h_state) = (
        np.split(from_input, 3, axis=-1),
        np.split(from_state, 3, axis=-1),
    )
    z, r = _sigmoid(z_in + z_state), _sigmoid(r_in + r_state)
    candidate = np.tanh(h_in + r * h_state)
    return z * h + (1.0 - z) * candidate


def simple_rnn_forward(
    inputs,
    kernel,
    recurrent_kernel,
    bias,
    initial_state=None,
    return_sequences: bool = True,
    activation=np.tanh,
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
        activation: the function applied at every step; tanh, as Keras' default.

    Returns:
        The hidden states as float64, with the batch axis only if ``inputs`` had one.
    """
    x, batched = _as_batch(inputs)
    batch, timesteps, input_dim = x.shape
    kernel, recurrent_kernel, bias, units = _check_weights(
        kernel, recurrent_kernel, bias, input_dim, gates=1, bias_rows=1
    )
    h = _initial(initial_state, "initial_state", batch, units)
    return_sequences = as_flag(return_sequences, "return_sequences")
    _check_activation(activation, "activation")

    states = np.empty((batch, timesteps, units))
    with np.errstate(over="ignore", invalid="ignore"):  # _check_finite reports overflow
        for t in range(timesteps):
            h = _simple_rnn_step(x[:, t], h, kernel, recurrent_kernel, bias, activation)
            states[:, t] = h
    _check_finite(states, x, kernel, recurrent_kernel, bias)

    result = states if return_sequences else states[:, -1]
    return result if batched else result[0]


def lstm_forward(
    inputs,
    kernel,
    recurrent_kernel,
    bias,
    initial_state=None,
    return_sequences: bool = True,
    return_state: bool = False,
):
    """Run a Keras-style LSTM (sigmoid gates, tanh candidate and output) over a sequence.

    Args:
        inputs: ``(timesteps, input_dim)`` or ``(batch, timesteps, input_dim)``.
        kernel: ``(input_dim, 4 * units)``; column blocks in Keras' gate order
            input ``i``, forget ``f``, candidate ``c``, output ``o``.
        recurrent_kernel: ``(units, 4 * units)``, same block order.
        bias: ``(4 * units,)``, same block order.
        initial_state: ``(h, c)``, each ``(units,)`` or ``(batch, units)``; zeros when omitted.
        return_sequences: every hidden state ``(..., timesteps, units)`` if True, else the
            last one ``(..., units)``.
        return_state: also return the final hidden state ``h`` and cell state ``c``, as Keras'
            ``return_state=True`` does: ``(output, h, c)``.

    Returns:
        float64 arrays, with the batch axis only if ``inputs`` had one.
    """
    x, batched = _as_batch(inputs)
    batch, timesteps, input_dim = x.shape
    kernel, recurrent_kernel, bias, units = _check_weights(
        kernel, recurrent_kernel, bias, input_dim, gates=4, bias_rows=1
    )
    if initial_state is None:
        initial_state = (None, None)
    elif not isinstance(initial_state, (tuple, list)) or len(initial_state) != 2:
        raise TypeError(
            say(
                f"initial_state must be a pair (h, c), got {describe(initial_state)}",
                f"initial_state에는 (h, c) 쌍을 넣어야 합니다. 받은 값: {describe(initial_state)}",
            )
        )
    h = _initial(initial_state[0], say("initial h", "초기 h"), batch, units)
    c = _initial(initial_state[1], say("initial c", "초기 c"), batch, units)
    return_sequences = as_flag(return_sequences, "return_sequences")
    return_state = as_flag(return_state, "return_state")

    states = np.empty((batch, timesteps, units))
    with np.errstate(over="ignore", invalid="ignore"):  # _check_finite reports overflow
        for t in range(timesteps):
            h, c = _lstm_step(x[:, t], h, c, kernel, recurrent_kernel, bias)
            states[:, t] = h
    _check_finite(states, x, kernel, recurrent_kernel, bias)
    return _package(states, h, c, batched, return_sequences, return_state)


def gru_forward(
    inputs,
    kernel,
    recurrent_kernel,
    bias,
    initial_state=None,
    return_sequences: bool = True,
    return_state: bool = False,
):
    """Run a Keras 3 GRU (``reset_after=True``, the default) over a sequence.

    Args:
        inputs: ``(timesteps, input_dim)`` or ``(batch, timesteps, input_dim)``.
        kernel: ``(input_dim, 3 * units)``; column blocks in Keras' order update ``z``,
            reset ``r``, candidate ``h``.
        recurrent_kernel: ``(units, 3 * units)``, same block order.
        bias: ``(2, 3 * units)``: row 0 is added to ``x @ kernel``, row 1 to
            ``h @ recurrent_kernel`` (the reset gate scales row 1's candidate block too).
        initial_state: ``(units,)`` or ``(batch, units)``; zeros when omitted.
        return_sequences: every state ``(..., timesteps, units)`` if True, else the last one.
        return_state: also return the final state: ``(output, h)``.

    Returns:
        float64 arrays, with the batch axis only if ``inputs`` had one.
    """
    x, batched = _as_batch(inputs)
    batch, timesteps, input_dim = x.shape
    kernel, recurrent_kernel, bias, units = _check_weights(
        kernel, recurrent_kernel, bias, input_dim, gates=3, bias_rows=2
    )
    h = _initial(initial_state, "initial_state", batch, units)
    return_sequences = as_flag(return_sequences, "return_sequences")
    return_state = as_flag(return_state, "return_state")

    states = np.empty((batch, timesteps, units))
    with np.errstate(over="ignore", invalid="ignore"):  # _check_finite reports overflow
        for t in range(timesteps):
            h = _gru_step(x[:, t], h, kernel, recurrent_kernel, bias)
            states[:, t] = h
    _check_finite(states, x, kernel, recurrent_kernel, bias)
    return _package(states, h, None, batched, return_sequences, return_state)


def _package(states, h, c, batched: bool, return_sequences: bool, return_state: bool):
    """Shape the results as Keras does: output, then the final states if asked for."""
    output = states if return_sequences else states[:, -1]
    finals = [h] if c is None else [h, c]
    if not batched:
        output, finals = output[0], [state[0] for state in finals]
    return (output, *finals) if return_state else output


# --- Backpropagation through time (notebook 07) -------------------------------------------------
# The notebook writes its forward pass, its backward loop and its optimiser out; these are the
# references the checkers and tests/test_bptt_tape.py compare against, in Keras' layout.


def _not_class_indices(targets: object) -> str:
    return say(
        f"targets must be whole-number class indices, got {describe(targets)}",
        f"targets에는 정수 클래스 인덱스를 넣어야 합니다. 받은 값: {describe(targets)}",
    )


def _as_targets(targets, shape: tuple[int, ...], classes: int) -> np.ndarray:
    """``targets`` as whole-number class indices of ``shape``, each from 0 to ``classes - 1``."""
    if targets is None or isinstance(targets, (str, bytes)):
        raise TypeError(_not_class_indices(targets))
    try:
        array = np.asarray(targets)
    except ValueError:
        raise ValueError(
            say(
                f"targets must have a regular shape, got {describe(targets)}",
                f"targets에는 형태가 고른(행의 길이가 같은) 배열을 넣어야 합니다. "
                f"받은 값: {describe(targets)}",
            )
        ) from None
    if array.dtype == bool or not np.issubdtype(array.dtype, np.integer):
        raise TypeError(_not_class_indices(array))
    if array.shape != shape:
        raise ValueError(
            say(
                f"targets has shape {array.shape}, expected {shape}: one per step",
                f"targets의 형태가 {array.shape}입니다. 기대한 형태: {shape} (시점마다 하나)",
            )
        )
    bad = array[(array < 0) | (array >= classes)]
    if bad.size:
        raise ValueError(
            say(
                f"target {int(bad.flat[0])} is out of range for {classes} classes: expected 0 to "
                f"{classes - 1}",
                f"목표값 {int(bad.flat[0])}: 클래스 {classes}개의 범위를 벗어납니다. "
                f"0부터 {classes - 1}까지여야 합니다",
            )
        )
    return array


def softmax_cross_entropy(logits, targets) -> tuple[float, np.ndarray]:
    """Mean cross-entropy of softmax(``logits``) against integer ``targets``, and its gradient.

    ``logits`` is ``(..., classes)`` (for a sequence ``(timesteps, classes)`` or
    ``(batch, timesteps, classes)``), ``targets`` the class index at every position, shape
    ``logits.shape[:-1]``. Returns the loss, the mean over every position of
    ``-log softmax(logits)[target]`` (Keras' ``SparseCategoricalCrossentropy(from_logits=True)``),
    and ``d loss / d logits``, shaped like ``logits``: ``(softmax - one_hot(target)) / n``.
    """
    z = as_float_array(logits, "logits", ndim=range(1, 33))
    y = _as_targets(targets, z.shape[:-1], z.shape[-1])
    z = z - z.max(axis=-1, keepdims=True)  # the same softmax, without overflow
    log_probs = z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
    picked = np.take_along_axis(log_probs, y[..., np.newaxis], axis=-1)[..., 0]
    n = picked.size
    one_hot = np.arange(z.shape[-1]) == y[..., np.newaxis]  # True at each target
    return float(-picked.mean()), (np.exp(log_probs) - one_hot) / n


def rnn_forward_backward(
    inputs, targets, kernel, recurrent_kernel, bias, dense_kernel, dense_bias, initial_state=None
) -> tuple[float, dict[str, np.ndarray], np.ndarray]:
    """Loss and gradients of a ``SimpleRNN`` + ``Dense`` logits model, by backpropagation through
    time, in Keras' layout.

    The model: ``h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias)``, logits
    ``h_t @ dense_kernel + dense_bias`` at every step, loss the mean softmax cross-entropy
    against ``targets`` (``softmax_cross_entropy``).

    Args:
        inputs: ``(timesteps, input_dim)`` or ``(batch, timesteps, input_dim)``.
        targets: class indices, ``(timesteps,)`` or ``(batch, timesteps)``.
        kernel, recurrent_kernel, bias: the SimpleRNN's weights, ``(input_dim, units)``,
            ``(units, units)``, ``(units,)``.
        dense_kernel, dense_bias: the Dense layer's, ``(units, classes)`` and ``(classes,)``.
        initial_state: ``(units,)`` or ``(batch, units)``; zeros when omitted. No gradient
            flows into it (truncated BPTT carries it from the chunk before).

    Returns:
        ``(loss, grads, last_state)``: ``grads`` maps each weight's name above to its gradient
        (same shape), ``last_state`` is ``h_T``, with the batch axis only if ``inputs`` had one.
    """
    x, batched = _as_batch(inputs)
    batch, timesteps, input_dim = x.shape
    kernel, recurrent_kernel, bias, units = _check_weights(
        kernel, recurrent_kernel, bias, input_dim, gates=1, bias_rows=1
    )
    dense_kernel = as_float_array(dense_kernel, "dense_kernel", ndim=2)
    dense_bias = as_float_array(dense_bias, "dense_bias", ndim=1)
    if dense_kernel.shape[0] != units:
        raise ValueError(
            say(
                f"dense_kernel has shape {dense_kernel.shape}, expected (units, classes) = "
                f"({units}, classes)",
                f"dense_kernel의 형태가 {dense_kernel.shape}입니다. "
                f"기대한 형태: (units, classes) = ({units}, classes)",
            )
        )
    classes = dense_kernel.shape[1]
    if dense_bias.shape != (classes,):
        raise ValueError(
            say(
                f"dense_bias has shape {dense_bias.shape}, expected ({classes},)",
                f"dense_bias의 형태가 {dense_bias.shape}입니다. 기대한 형태: ({classes},)",
            )
        )
    y = _as_targets(targets, (batch, timesteps) if batched else (timesteps,), classes)
    y = y if batched else y[np.newaxis]
    h = _initial(initial_state, "initial_state", batch, units)

    states = np.empty((batch, timesteps + 1, units))  # states[:, 0] is h_0
    states[:, 0] = h
    with np.errstate(over="ignore", invalid="ignore"):  # _check_finite reports overflow
        for t in range(timesteps):
            states[:, t + 1] = _simple_rnn_step(x[:, t], states[:, t], kernel, recurrent_kernel,
                                                bias)  # fmt: skip
    _check_finite(states, x, kernel, recurrent_kernel, bias)
    logits = states[:, 1:] @ dense_kernel + dense_bias  # (batch, timesteps, classes)
    loss, d_logits = softmax_cross_entropy(logits, y)

    grads = {
        "kernel": np.zeros_like(kernel),
        "recurrent_kernel": np.zeros_like(recurrent_kernel),
        "bias": np.zeros_like(bias),
        "dense_kernel": np.einsum("btu,btc->uc", states[:, 1:], d_logits),
        "dense_bias": d_logits.sum(axis=(0, 1)),
    }
    dh_next = np.zeros((batch, units))  # the gradient reaching h_t from step t + 1
    for t in reversed(range(timesteps)):
        dh = d_logits[:, t] @ dense_kernel.T + dh_next  # (batch, units)
        da = (1.0 - states[:, t + 1] ** 2) * dh  # back through tanh
        grads["kernel"] += x[:, t].T @ da
        grads["recurrent_kernel"] += states[:, t].T @ da
        grads["bias"] += da.sum(axis=0)
        dh_next = da @ recurrent_kernel.T
    last = states[:, -1]
    return loss, grads, last if batched else last[0]


def clip_by_global_norm(grads, max_norm) -> tuple[dict | list, float]:
    """Scale every gradient by one factor so that their global norm is at most ``max_norm``.

    The global norm is ``sqrt(sum of every squared entry of every gradient)``. When it exceeds
    ``max_norm``, every gradient is multiplied by ``max_norm / norm``; otherwise all are returned
    unchanged. The direction of the whole update is kept. This is
    ``tf.clip_by_global_norm`` and Keras' ``global_clipnorm``.

    ``grads`` is a dict of arrays (returned as a dict with the same keys) or a list or tuple of
    arrays (returned as a list). Returns ``(clipped, norm)``, ``norm`` measured before clipping.
    """
    if isinstance(grads, dict):
        names, values = list(grads), list(grads.values())
    elif isinstance(grads, (list, tuple)):
        names, values = None, list(grads)
    else:
        raise TypeError(
            say(
                f"grads must be a dict or a list of arrays, got {describe(grads)}",
                f"grads에는 딕셔너리나 배열의 리스트를 넣어야 합니다. 받은 값: {describe(grads)}",
            )
        )
    if not values:
        raise ValueError(
            say(
                "grads is empty: expected at least one gradient array",
                "grads에 아무것도 없습니다. 기울기 배열이 하나 이상 있어야 합니다",
            )
        )
    if isinstance(max_norm, (bool, np.bool_)) or not isinstance(max_norm, (int, float, np.number)):
        raise TypeError(
            say(
                f"max_norm must be a number such as 1.0, got {describe(max_norm)}",
                f"max_norm에는 1.0 같은 수를 넣어야 합니다. 받은 값: {describe(max_norm)}",
            )
        )
    if not np.isfinite(max_norm) or max_norm <= 0:
        raise ValueError(
            say(
                f"max_norm must be a positive finite number, got {max_norm}",
                f"max_norm에는 유한한 양수를 넣어야 합니다. 받은 값: {max_norm}",
            )
        )
    labels = names if names is not None else [f"grads[{i}]" for i in range(len(values))]
    arrays = [
        as_float_array(value, str(label), ndim=range(0, 33))
        for label, value in zip(labels, values, strict=True)
    ]
    norm = float(np.sqrt(sum(float((a**2).sum()) for a in arrays)))
    scale = max_norm / norm if norm > max_norm else 1.0
    clipped = [a * scale for a in arrays]
    return (dict(zip(names, clipped, strict=True)) if names is not None else clipped), norm
