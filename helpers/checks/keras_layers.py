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
    not_a_model,
    same,
)
from helpers.i18n import say
from helpers.reference import simple_rnn_forward

# The layer of the prediction exercise: SimpleRNN(6, return_sequences=True) on (16, 12, 5).
PREDICT_UNITS, PREDICT_BATCH, PREDICT_STEPS, PREDICT_FEATURES = 6, 16, 12, 5


def _as_shape(value: object) -> tuple:
    """A shape written as a tuple, a list or a NumPy array, with whole numbers (or None)."""
    if isinstance(value, (str, bytes)):  # tuple("16, 2") would split it into characters
        raise Mistake(
            say(
                f"output_shape should be a tuple, not text: got {describe(value)}.",
                f"output_shape는 텍스트가 아니라 튜플이어야 합니다(받은 값: {describe(value)}).",
            )
        )
    try:
        items = list(value)
    except TypeError:
        raise Mistake(
            say(
                f"output_shape should be a tuple, got {describe(value)}.",
                f"output_shape는 튜플이어야 합니다(받은 값: {describe(value)}).",
            )
        ) from None
    size = say("each size", "각 크기")
    return tuple(None if item is None else as_whole_number(item, size) for item in items)


def _relu(z):
    return np.maximum(z, 0)


@checker
def check_simple_rnn_prediction(params, output_shape) -> str:
    """Check a prediction for ``SimpleRNN(6, return_sequences=True)`` on a ``(16, 12, 5)`` batch."""
    if params is None or output_shape is None:
        raise NotDone(
            say(
                "fill in both params and output_shape.",
                "params와 output_shape를 모두 채우십시오.",
            )
        )
    u, d, t, b = PREDICT_UNITS, PREDICT_FEATURES, PREDICT_STEPS, PREDICT_BATCH
    count = as_whole_number(params, "params")
    correct = u * (u + d + 1)
    if count != correct:
        hints = {
            u * (u + d): say(
                "the bias is missing: one bias per unit.",
                "편향이 빠졌습니다: 유닛마다 편향이 하나씩 있습니다.",
            ),
            u * d + u: say(
                "the recurrent kernel is missing: W_h is (units, units) and feeds each state back.",
                "순환 커널이 빠졌습니다: W_h는 (units, units)이며 각 은닉 상태를 다음 시점으로 "
                "되돌려 보냅니다.",
            ),
            u * u + u: say(
                "the input kernel is missing: W_x is (units, input_dim).",
                "입력 커널이 빠졌습니다: W_x는 (units, input_dim)입니다.",
            ),
            u * (u + d + 1) * t: say(
                "the sequence length never enters: the same weights serve every step.",
                "시퀀스 길이는 들어가지 않습니다: 모든 시점이 같은 가중치를 씁니다.",
            ),
            u * (u + d + 1) * b: say(
                "the batch size never enters: the weights are shared by all sequences.",
                "배치 크기는 들어가지 않습니다: 모든 시퀀스가 가중치를 함께 씁니다.",
            ),
            u * (2 * u + 1): say(
                "W_x has one row per unit and one column per input feature: use input_dim, not "
                "units, for its size.",
                "W_x에는 유닛마다 행이 하나, 입력 특성마다 열이 하나 있습니다: 그 크기에는 "
                "units가 아니라 input_dim을 쓰십시오.",
            ),
        }
        raise Mistake(
            hints.get(
                count,
                say(
                    f"{count} is not the count. Add the sizes of W_x (units, input_dim), "
                    "W_h (units, units) and b (units,).",
                    f"{count}개는 올바른 파라미터 수가 아닙니다. W_x (units, input_dim), "
                    "W_h (units, units), b (units,)의 크기를 더하십시오.",
                ),
            )
        )
    shape = _as_shape(output_shape)
    correct_shape = (b, t, u)
    if shape != correct_shape:
        hints = {
            (b, u): say(
                "return_sequences=True keeps the time axis: (batch, timesteps, units).",
                "return_sequences=True이면 시간 축이 남습니다: (batch, timesteps, units).",
            ),
            (b, t, d): say(
                "the last axis holds the units (the state size), not the input features.",
                "마지막 축은 입력 특성이 아니라 units(은닉 상태의 크기)입니다.",
            ),
            (t, u): say(
                "the batch axis comes first: (batch, timesteps, units).",
                "배치 축이 맨 앞에 옵니다: (batch, timesteps, units).",
            ),
            (None, t, u): say(
                "the batch here is known: 16 sequences.",
                "여기서는 배치 크기를 압니다: 시퀀스 16개입니다.",
            ),
        }
        raise Mistake(
            hints.get(
                shape,
                say(
                    f"{shape} is not the output shape. Think (batch, timesteps, units).",
                    f"{shape}: 출력 형태가 아닙니다. (batch, timesteps, units)를 생각해 보십시오.",
                ),
            )
        )
    return say(
        f"{correct} parameters and output shape {correct_shape}, before running a thing.",
        f"아무것도 실행하기 전에 맞혔습니다: 파라미터 {correct}개, 출력 형태 {correct_shape}.",
    )


# The TensorFlow 1 snippet of note 000: SimpleRNNCell(units=2) through dynamic_rnn on (1, 5, 4).
PORT_UNITS, PORT_STEPS, PORT_FEATURES = 2, 5, 4


def _weights(model) -> list[np.ndarray]:
    return [np.asarray(w.numpy() if hasattr(w, "numpy") else w) for w in model.weights]


def _refuse_gated_cells(model) -> None:
    u, d = PORT_UNITS, PORT_FEATURES
    shapes = [a.shape for a in _weights(model)]
    cells = {(d, 4 * u): say("an LSTM", "LSTM"), (d, 3 * u): say("a GRU", "GRU")}
    for shape, cell in cells.items():
        if shape in shapes:
            raise Mistake(
                say(
                    f"your model holds {cell} (a kernel of shape {shape}); the notes' cell is a "
                    f"SimpleRNNCell: keras.layers.SimpleRNN({u}), or RNN(SimpleRNNCell({u})).",
                    f"모델에 {cell} 층이 들어 있습니다(형태가 {shape}인 커널). 원본 노트의 "
                    f"셀은 SimpleRNNCell입니다: keras.layers.SimpleRNN({u}) 또는 "
                    f"RNN(SimpleRNNCell({u})).",
                )
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
            say(
                f"the snippet is one SimpleRNN cell and nothing else: weights of shapes "
                f"({d}, {u}), ({u}, {u}) and ({u},). Your model's weights have shapes {shapes}.",
                f"코드 조각은 SimpleRNN 셀 하나뿐입니다: 가중치의 형태는 ({d}, {u}), ({u}, {u}), "
                f"({u},)입니다. 여러분 모델의 가중치 형태는 {shapes}입니다.",
            )
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
        raise Mistake(not_a_model("build_model", model))
    declared = declared_input(model)
    if not fits(declared, (PORT_STEPS, PORT_FEATURES)):
        raise Mistake(
            say(
                f"the input should be (timesteps, features) = ({PORT_STEPS}, {PORT_FEATURES}) "
                f"per sequence, as x_data's (1, 5, 4) says (or (None, 4), any length); your "
                f"model reads {declared}.",
                f"입력은 x_data의 (1, 5, 4)에 맞게 시퀀스마다 (timesteps, features) = "
                f"({PORT_STEPS}, {PORT_FEATURES})이어야 합니다(길이에 상관없이 (None, 4)도 "
                f"됩니다). 지금 모델이 읽는 형태는 {declared}입니다.",
            )
        )
    x = np.random.default_rng(3).normal(size=(3, PORT_STEPS, PORT_FEATURES)).astype("float32")
    outputs = model_outputs(model, x)
    _refuse_gated_cells(model)
    if len(outputs) == 1:
        if outputs[0].ndim == 3:
            raise Mistake(
                say(
                    "dynamic_rnn returns two things, outputs and the final state: also pass "
                    "return_state=True and use both as the model's outputs.",
                    "dynamic_rnn은 outputs와 마지막 시점의 은닉 상태, 두 가지를 반환합니다: "
                    "return_state=True도 넘기고 둘 다 모델의 출력으로 쓰십시오.",
                )
            )
        raise Mistake(
            say(
                "dynamic_rnn returns every step and the final state: pass return_sequences=True "
                "and return_state=True.",
                "dynamic_rnn은 모든 시점의 은닉 상태와 마지막 시점의 은닉 상태를 반환합니다: "
                "return_sequences=True와 return_state=True를 넘기십시오.",
            )
        )
    if len(outputs) != 2:
        raise Mistake(
            say(
                f"the model should have 2 outputs (outputs, state), it has {len(outputs)}.",
                f"모델의 출력은 2개(outputs, state)여야 하는데 {len(outputs)}개 있습니다.",
            )
        )
    steps, state = outputs
    if steps.ndim == 2 and state.ndim == 3:
        raise Mistake(
            say(
                "the order is outputs first, then the final state: [outputs, state].",
                "outputs가 먼저, 그다음이 마지막 시점의 은닉 상태입니다: [outputs, state].",
            )
        )
    if steps.ndim == 2:
        raise Mistake(
            say(
                "your first output is only the last state: did you pass return_sequences=True?",
                "첫 번째 출력이 마지막 시점의 은닉 상태뿐입니다: return_sequences=True를 "
                "넘겼습니까?",
            )
        )
    wanted = ((3, PORT_STEPS, PORT_UNITS), (3, PORT_UNITS))
    if (steps.shape, state.shape) != wanted:
        raise Mistake(
            say(
                f"for a batch (3, 5, 4) the outputs should be {wanted[0]} and {wanted[1]} for "
                f"hidden_size = 2; yours are {steps.shape} and {state.shape}.",
                f"배치 (3, 5, 4)와 hidden_size = 2에서 출력의 형태는 {wanted[0]}, {wanted[1]}"
                f"이어야 하는데 여러분의 출력은 {steps.shape}, {state.shape}입니다.",
            )
        )
    kernel, recurrent_kernel, bias = _cell_weights(model)
    if bias is None:
        raise Mistake(
            say(
                "use_bias=False leaves out the bias: dynamic_rnn's SimpleRNNCell has one, "
                "h_t = tanh(x_t @ kernel + h_(t-1) @ recurrent_kernel + bias).",
                "use_bias=False이면 편향이 빠집니다: dynamic_rnn의 SimpleRNNCell에는 편향이 "
                "있습니다. h_t = tanh(x_t @ kernel + h_(t-1) @ recurrent_kernel + bias).",
            )
        )
    truth = simple_rnn_forward(x, kernel, recurrent_kernel, bias)
    if same(steps, truth):
        if same(state, truth[:, -1]):
            return say(
                "outputs (batch, 5, 2) and final state (batch, 2), computed as dynamic_rnn does.",
                "outputs (batch, 5, 2)와 마지막 시점의 은닉 상태 (batch, 2)를 dynamic_rnn과 "
                "똑같이 계산합니다.",
            )
        if same(state, truth[:, 0]):
            raise Mistake(
                say(
                    "your final state is the state after the first step, outputs[:, 0]; "
                    "dynamic_rnn's is the state after the last step, outputs[:, -1].",
                    "마지막 시점의 은닉 상태로 반환한 것이 실제로는 첫 시점의 은닉 상태, "
                    "outputs[:, 0]입니다. dynamic_rnn이 반환하는 것은 마지막 시점의 은닉 상태, "
                    "outputs[:, -1]입니다.",
                )
            )
        raise Mistake(
            say(
                "the final state should equal the last step of the outputs, outputs[:, -1].",
                "마지막 시점의 은닉 상태는 outputs의 마지막 시점, outputs[:, -1]과 같아야 합니다.",
            )
        )
    backwards = simple_rnn_forward(x[:, ::-1], kernel, recurrent_kernel, bias)
    if same(steps, backwards) or same(steps, backwards[:, ::-1]):
        raise Mistake(
            say(
                "go_backwards=True reads the sequence from its end; dynamic_rnn reads it from "
                "the start: leave go_backwards out.",
                "go_backwards=True이면 시퀀스를 끝에서부터 읽습니다. dynamic_rnn은 처음부터 "
                "읽습니다: go_backwards를 빼십시오.",
            )
        )
    relu = simple_rnn_forward(x, kernel, recurrent_kernel, bias, activation=_relu)
    if same(steps, relu):
        raise Mistake(
            say(
                "dynamic_rnn's SimpleRNNCell uses tanh, SimpleRNN's default activation; yours "
                "uses relu.",
                "dynamic_rnn의 SimpleRNNCell이 쓰는 활성화 함수는 SimpleRNN의 기본값인 "
                "tanh입니다. 여러분의 모델은 relu 활성화 함수를 씁니다.",
            )
        )
    raise Mistake(
        say(
            "the outputs differ from tanh(x_t @ kernel + h_(t-1) @ recurrent_kernel + bias) run "
            "over the 5 steps with your model's own weights: use one SimpleRNN(2) with its "
            "defaults, return_sequences=True and return_state=True.",
            "출력이 여러분 모델의 가중치로 5개 시점에 걸쳐 계산한 "
            "tanh(x_t @ kernel + h_(t-1) @ recurrent_kernel + bias)와 다릅니다: 기본 설정의 "
            "SimpleRNN(2) 하나에 return_sequences=True와 return_state=True를 쓰십시오.",
        )
    )
