"""Checkers for notebook 02: predicting a SimpleRNN's shapes and parameters, porting TF1 code."""

from __future__ import annotations

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    NotDone,
    as_whole_number,
    call_learner,
    checker,
    declared_input,
    fits,
    looks_like_model,
    model_outputs,
    same,
)
from helpers.reference import simple_rnn_forward

# The layer of the prediction exercise: SimpleRNN(6, return_sequences=True) on (16, 12, 5).
PREDICT_UNITS, PREDICT_BATCH, PREDICT_STEPS, PREDICT_FEATURES = 6, 16, 12, 5


def _as_shape(value: object) -> tuple:
    """A shape written as a tuple, a list or a NumPy array, with whole numbers (or None)."""
    if isinstance(value, (str, bytes)):  # tuple("16, 2") would split it into characters
        raise Mistake(f"output_shape should be a tuple, not text: got {describe(value)}.")
    try:
        items = list(value)
    except TypeError:
        raise Mistake(f"output_shape should be a tuple, got {describe(value)}.") from None
    return tuple(None if item is None else as_whole_number(item, "each size") for item in items)


def _relu(z):
    return np.maximum(z, 0)


@checker
def check_simple_rnn_prediction(params, output_shape) -> str:
    """Check a prediction for ``SimpleRNN(6, return_sequences=True)`` on a ``(16, 12, 5)`` batch."""
    if params is None or output_shape is None:
        raise NotDone("fill in both params and output_shape.")
    u, d, t, b = PREDICT_UNITS, PREDICT_FEATURES, PREDICT_STEPS, PREDICT_BATCH
    count = as_whole_number(params, "params")
    correct = u * (u + d + 1)
    if count != correct:
        hints = {
            u * (u + d): "the bias is missing: one bias per unit.",
            u * d + u: "the recurrent kernel is missing: W_h is (units, units) and feeds each "
            "state back.",
            u * u + u: "the input kernel is missing: W_x is (units, input_dim).",
            u * (u + d + 1) * t: "the sequence length never enters: the same weights serve every "
            "step.",
            u * (u + d + 1) * b: "the batch size never enters: the weights are shared by all "
            "sequences.",
            u * (2 * u + 1): "W_x has one row per unit and one column per input feature: use "
            "input_dim, not units, for its size.",
        }
        raise Mistake(
            hints.get(
                count,
                f"{count} is not the count. Add the sizes of W_x (units, input_dim), "
                "W_h (units, units) and b (units,).",
            )
        )
    shape = _as_shape(output_shape)
    correct_shape = (b, t, u)
    if shape != correct_shape:
        hints = {
            (b, u): "return_sequences=True keeps the time axis: (batch, timesteps, units).",
            (b, t, d): "the last axis holds the units (the state size), not the input features.",
            (t, u): "the batch axis comes first: (batch, timesteps, units).",
            (None, t, u): "the batch here is known: 16 sequences.",
        }
        raise Mistake(
            hints.get(shape, f"{shape} is not the output shape. Think (batch, timesteps, units).")
        )
    return f"{correct} parameters and output shape {correct_shape}, before running a thing."


# The TensorFlow 1 snippet of note 000: SimpleRNNCell(units=2) through dynamic_rnn on (1, 5, 4).
PORT_UNITS, PORT_STEPS, PORT_FEATURES = 2, 5, 4


def _weights(model) -> list[np.ndarray]:
    return [np.asarray(w.numpy() if hasattr(w, "numpy") else w) for w in model.weights]


def _refuse_gated_cells(model) -> None:
    u, d = PORT_UNITS, PORT_FEATURES
    shapes = [a.shape for a in _weights(model)]
    for shape, cell in {(d, 4 * u): "an LSTM", (d, 3 * u): "a GRU"}.items():
        if shape in shapes:
            raise Mistake(
                f"your model holds {cell} (a kernel of shape {shape}); the notes' cell is a "
                f"SimpleRNNCell: keras.layers.SimpleRNN({u}), or RNN(SimpleRNNCell({u}))."
            )


def _cell_weights(model) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The SimpleRNN cell's kernel (4, 2), recurrent kernel (2, 2) and bias (2,) (or None)."""
    arrays = _weights(model)
    shapes = [a.shape for a in arrays]
    u, d = PORT_UNITS, PORT_FEATURES
    kernels = [a for a in arrays if a.shape == (d, u)]
    recurrent = [a for a in arrays if a.shape == (u, u)]
    biases = [a for a in arrays if a.shape == (u,)]
    if len(kernels) != 1 or len(recurrent) != 1 or len(biases) > 1 or len(arrays) > 3:
        raise Mistake(
            f"the snippet is one SimpleRNN cell and nothing else: weights of shapes ({d}, {u}), "
            f"({u}, {u}) and ({u},). Your model's weights have shapes {shapes}."
        )
    return kernels[0], recurrent[0], biases[0] if biases else None


@checker
def check_tf1_port(build_model) -> str:
    """Check a Keras 3 port of ``outputs, states = tf.nn.dynamic_rnn(SimpleRNNCell(2), x_data)``.

    ``build_model()`` should return a model that reads ``(batch, 5, 4)`` (or sequences of any
    length) and returns every state ``(batch, 5, 2)`` and the final state ``(batch, 2)``. The
    outputs are compared with the SimpleRNN loop run on the model's own weights.
    """
    model = call_learner(build_model, "build_model")
    if not looks_like_model(model):
        raise Mistake(f"build_model should return a Keras model, got {describe(model)}.")
    declared = declared_input(model)
    if not fits(declared, (PORT_STEPS, PORT_FEATURES)):
        raise Mistake(
            f"the input should be (timesteps, features) = ({PORT_STEPS}, {PORT_FEATURES}) per "
            f"sequence, as x_data's (1, 5, 4) says (or (None, 4), any length); your model reads "
            f"{declared}."
        )
    x = np.random.default_rng(3).normal(size=(3, PORT_STEPS, PORT_FEATURES)).astype("float32")
    outputs = model_outputs(model, x)
    _refuse_gated_cells(model)
    if len(outputs) == 1:
        if outputs[0].ndim == 3:
            raise Mistake(
                "dynamic_rnn returns two things, outputs and the final state: also pass "
                "return_state=True and use both as the model's outputs."
            )
        raise Mistake(
            "dynamic_rnn returns every step and the final state: pass return_sequences=True "
            "and return_state=True."
        )
    if len(outputs) != 2:
        raise Mistake(f"the model should have 2 outputs (outputs, state), it has {len(outputs)}.")
    steps, state = outputs
    if steps.ndim == 2 and state.ndim == 3:
        raise Mistake("the order is outputs first, then the final state: [outputs, state].")
    if steps.ndim == 2:
        raise Mistake(
            "your first output is only the last state: did you pass return_sequences=True?"
        )
    wanted = ((3, PORT_STEPS, PORT_UNITS), (3, PORT_UNITS))
    if (steps.shape, state.shape) != wanted:
        raise Mistake(
            f"for a batch (3, 5, 4) the outputs should be {wanted[0]} and {wanted[1]} for "
            f"hidden_size = 2; yours are {steps.shape} and {state.shape}."
        )
    kernel, recurrent_kernel, bias = _cell_weights(model)
    if bias is None:
        raise Mistake(
            "use_bias=False leaves out the bias: dynamic_rnn's SimpleRNNCell has one, "
            "h_t = tanh(x_t @ kernel + h_(t-1) @ recurrent_kernel + bias)."
        )
    truth = simple_rnn_forward(x, kernel, recurrent_kernel, bias)
    if same(steps, truth):
        if same(state, truth[:, -1]):
            return "outputs (batch, 5, 2) and final state (batch, 2), computed as dynamic_rnn does."
        if same(state, truth[:, 0]):
            raise Mistake(
                "your final state is the state after the first step, outputs[:, 0]; "
                "dynamic_rnn's is the state after the last step, outputs[:, -1]."
            )
        raise Mistake("the final state should equal the last step of the outputs, outputs[:, -1].")
    backwards = simple_rnn_forward(x[:, ::-1], kernel, recurrent_kernel, bias)
    if same(steps, backwards) or same(steps, backwards[:, ::-1]):
        raise Mistake(
            "go_backwards=True reads the sequence from its end; dynamic_rnn reads it from the "
            "start: leave go_backwards out."
        )
    relu = simple_rnn_forward(x, kernel, recurrent_kernel, bias, activation=_relu)
    if same(steps, relu):
        raise Mistake(
            "dynamic_rnn's SimpleRNNCell uses tanh, SimpleRNN's default activation; yours uses "
            "relu."
        )
    raise Mistake(
        "the outputs differ from tanh(x_t @ kernel + h_(t-1) @ recurrent_kernel + bias) run "
        "over the 5 steps with your model's own weights: use one SimpleRNN(2) with its "
        "defaults, return_sequences=True and return_state=True."
    )
