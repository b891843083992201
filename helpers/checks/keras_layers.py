"""Checkers for notebook 02: predicting a SimpleRNN's shapes and parameters, porting TF1 code."""

from __future__ import annotations

import numbers

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    NotDone,
    call_learner,
    checker,
    layer_kinds,
    model_io,
)

# The layer of the prediction exercise: SimpleRNN(6, return_sequences=True) on (16, 12, 5).
PREDICT_UNITS, PREDICT_BATCH, PREDICT_STEPS, PREDICT_FEATURES = 6, 16, 12, 5


@checker
def check_simple_rnn_prediction(params, output_shape) -> str:
    """Check a prediction for ``SimpleRNN(6, return_sequences=True)`` on a ``(16, 12, 5)`` batch."""
    if params is None or output_shape is None:
        raise NotDone("fill in both params and output_shape.")
    u, d, t, b = PREDICT_UNITS, PREDICT_FEATURES, PREDICT_STEPS, PREDICT_BATCH
    if isinstance(params, bool) or not isinstance(params, numbers.Integral):
        raise Mistake(f"params should be a whole number, got {describe(params)}.")
    correct = u * (u + d + 1)
    if params != correct:
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
                params,
                f"{params} is not the count. Add the sizes of W_x (units, input_dim), "
                "W_h (units, units) and b (units,).",
            )
        )
    if isinstance(output_shape, (str, bytes)):  # tuple("16, 2") would split it into characters
        raise Mistake(f"output_shape should be a tuple, not text: got {describe(output_shape)}.")
    try:
        shape = tuple(output_shape)
    except TypeError:
        raise Mistake(f"output_shape should be a tuple, got {describe(output_shape)}.") from None
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


@checker
def check_tf1_port(build_model) -> str:
    """Check a Keras 3 port of ``outputs, states = tf.nn.dynamic_rnn(SimpleRNNCell(2), x_data)``.

    ``build_model()`` should return a model whose input is ``(batch, 5, 4)`` and whose outputs
    are every state ``(batch, 5, 2)`` and the final state ``(batch, 2)``.
    """
    model = call_learner(build_model, "build_model")
    input_shape, output_shapes = model_io(model, "build_model")
    if input_shape[1:] != (PORT_STEPS, PORT_FEATURES):
        raise Mistake(
            f"the input should be (timesteps, features) = ({PORT_STEPS}, {PORT_FEATURES}) per "
            f"sequence, as x_data's (1, 5, 4) says; your model reads {input_shape[1:]}."
        )
    kinds = layer_kinds(model)
    recurrent = [k for k in kinds if k in ("SimpleRNN", "LSTM", "GRU", "RNN")]
    if recurrent != ["SimpleRNN"]:
        raise Mistake(
            f"the notes' cell is a SimpleRNNCell: use one keras.layers.SimpleRNN; your model "
            f"has {recurrent or 'no recurrent layer'}."
        )
    if len(output_shapes) == 1:
        if len(output_shapes[0]) == 3:
            raise Mistake(
                "dynamic_rnn returns two things, outputs and the final state: also pass "
                "return_state=True and use both as the model's outputs."
            )
        raise Mistake(
            "dynamic_rnn returns every step and the final state: pass return_sequences=True "
            "and return_state=True."
        )
    if len(output_shapes) != 2:
        raise Mistake(
            f"the model should have 2 outputs (outputs, state), it has {len(output_shapes)}."
        )
    (steps_shape, state_shape) = output_shapes
    if len(steps_shape) == 2:
        raise Mistake(
            "your first output is only the last state: did you pass return_sequences=True?"
        )
    if steps_shape[1:] != (PORT_STEPS, PORT_UNITS) or state_shape[1:] != (PORT_UNITS,):
        raise Mistake(
            f"the outputs should be (batch, 5, 2) and (batch, 2) for hidden_size = 2; yours "
            f"are {steps_shape} and {state_shape}."
        )
    if [k for k in kinds if k not in ("InputLayer", "SimpleRNN")]:
        raise Mistake("the snippet has no other layer: use the SimpleRNN alone.")
    return "outputs (batch, 5, 2) and final state (batch, 2), exactly what dynamic_rnn gave."
