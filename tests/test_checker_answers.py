"""Every exercise checker judges what an answer computes, as a learner would write it.

For every exercise: at least three correct answers written differently from the reference
solution, each accepted; and at least four wrong answers a learner plausibly writes (among them
one with the answer typed in and one that changes its inputs in place), each with the exact hint
it gets. A hint names a mistake only when the answer made that mistake; anything else gets a
general message that says what was compared.

Every verdict is checked in English and in Korean (helpers.i18n): each hint is a pair (English
text, Korean text) that the line in that language must show, after that language's prefix.
"""

import numpy as np
import pytest

from helpers import checks
from helpers.reference import simple_rnn_forward
from tests.checker_verdicts import verdicts


def accepted(capsys, check, *answer):
    verdicts(capsys, check, *answer, kind="passed")


def refused(capsys, check, answer, hint):
    """A ❌ verdict in both languages; ``hint`` is (English text, Korean text), each in its line."""
    answer = answer if isinstance(answer, tuple) else (answer,)
    english, korean = hint
    lines = verdicts(capsys, check, *answer, kind="not_yet")
    assert english in lines["en"], lines["en"]
    assert korean in lines["ko"], lines["ko"]


@pytest.fixture(scope="module")
def keras():
    import keras

    return keras


def ids(cases):
    return [case[0] for case in cases]


# --- 01 · the batched memory cell ---------------------------------------------------------------


def loop_states(inputs, kernel, recurrent_kernel, bias):
    """A learner's loop: list of states, stacked on the time axis."""
    h, states = np.zeros((len(inputs), kernel.shape[1])), []
    for t in range(inputs.shape[1]):
        h = np.tanh(inputs[:, t] @ kernel + h @ recurrent_kernel + bias)
        states.append(h)
    return np.stack(states, axis=1)


def time_major(inputs, kernel, recurrent_kernel, bias):
    steps = inputs.transpose(1, 0, 2)  # (timesteps, batch, input_dim)
    h, out = np.zeros((steps.shape[1], kernel.shape[1])), []
    for x_t in steps:
        h = np.tanh(np.einsum("bi,iu->bu", x_t, kernel) + np.dot(h, recurrent_kernel) + bias)
        out.append(h)
    return np.array(out).transpose(1, 0, 2)


def nested_lists(inputs, kernel, recurrent_kernel, bias):
    return loop_states(inputs, kernel, recurrent_kernel, bias).tolist()


def in_place(inputs, kernel, recurrent_kernel, bias):
    h = np.zeros((inputs.shape[0], kernel.shape[1]))
    states = np.zeros((inputs.shape[0], inputs.shape[1], kernel.shape[1]))
    for t in range(inputs.shape[1]):
        h = h @ recurrent_kernel
        h += inputs[:, t] @ kernel
        h += bias
        np.tanh(h, out=h)
        states[:, t] = h
    return states


MEMORY_CELL_FIRST = simple_rnn_forward(*checks.memory_cell.cell_cases()[0])


def relu_loop(inputs, kernel, recurrent_kernel, bias):
    h, states = np.zeros((len(inputs), kernel.shape[1])), []
    for t in range(inputs.shape[1]):
        h = np.maximum(inputs[:, t] @ kernel + h @ recurrent_kernel + bias, 0)
        states.append(h)
    return np.stack(states, axis=1)


def typed_in(inputs, kernel, recurrent_kernel, bias):
    return MEMORY_CELL_FIRST  # the numbers of the first case, whatever comes in


def zeroes_the_bias(inputs, kernel, recurrent_kernel, bias):
    bias[:] = 0  # changes the caller's array, then leaves the bias out
    return loop_states(inputs, kernel, recurrent_kernel, bias)


BATCHED_CORRECT = [
    ("list stacked on time", loop_states),
    ("time-major einsum", time_major),
    ("nested lists", nested_lists),
    ("in place", in_place),
]
BATCHED_WRONG = [
    (
        "no bias",
        lambda x, k, r, b: loop_states(x, k, r, 0 * b),
        ("the bias is missing", "편향이 빠졌습니다"),
    ),
    ("zeroes the bias in place", zeroes_the_bias, ("the bias is missing", "편향이 빠졌습니다")),
    (
        "transposed recurrent kernel",
        lambda x, k, r, b: loop_states(x, k, r.T, b),
        ("the recurrent kernel is transposed", "순환 커널이 전치되어 있습니다"),
    ),
    (
        "typed in",
        typed_in,
        ("gives the same states whatever the inputs", "입력이 달라도 늘 같은 상태를 반환합니다"),
    ),
    (
        "last state only",
        lambda x, k, r, b: loop_states(x, k, r, b)[:, -1],
        ("you returned only the last state", "마지막 시점의 은닉 상태만 반환했습니다"),
    ),
    ("relu", relu_loop, ("first at sequence 1, step 1", "처음 다른 곳은 시퀀스 1, 시점 1입니다")),
]


@pytest.mark.parametrize(("name", "answer"), BATCHED_CORRECT, ids=ids(BATCHED_CORRECT))
def test_batched_memory_cell_accepts(name, answer, capsys):
    accepted(capsys, checks.check_batched_memory_cell, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), BATCHED_WRONG, ids=ids(BATCHED_WRONG))
def test_batched_memory_cell_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_batched_memory_cell, answer, hint)


# --- 01 · where the cell saturates ----------------------------------------------------------------

SATURATION_CORRECT = [
    ("float", 4.5),
    ("numpy float", np.float64(4.5)),
    ("float32", np.float32(4.5)),
]
SATURATION_WRONG = [
    (
        "exactly half counts",
        4.0,
        ("exactly half of the states (50%)", "은닉 상태의 정확히 절반(50%)"),
    ),
    (
        "|h| > 0.9",
        2.5,
        (
            "52% have |h| > 0.9, but only 26% have |h| > 0.99",
            "|h| > 0.9인 것은 52%이지만 |h| > 0.99인 것은 26%뿐입니다",
        ),
    ),
    (
        "too small",
        3.0,
        ("only 39% of the states have |h| > 0.99", "|h| > 0.99인 은닉 상태는 39%뿐입니다"),
    ),
    (
        "too large",
        6.0,
        (
            "a smaller scale already saturates more than half",
            "더 작은 scale에서 이미 절반 넘게 포화됩니다",
        ),
    ),
    ("not a candidate", 4.2, ("not one of the candidates", "가운데 하나가 아닙니다")),
]


@pytest.mark.parametrize(("name", "answer"), SATURATION_CORRECT, ids=ids(SATURATION_CORRECT))
def test_saturation_scale_accepts(name, answer, capsys):
    accepted(capsys, checks.check_saturation_scale, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), SATURATION_WRONG, ids=ids(SATURATION_WRONG))
def test_saturation_scale_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_saturation_scale, answer, hint)


# --- 02 · predicting a SimpleRNN's parameters and shape --------------------------------------

PREDICTION_CORRECT = [
    ("ints", 72, (16, 12, 6)),
    ("whole float and list", 72.0, [16, 12, 6]),
    ("numpy", np.int64(72), np.array([16, 12, 6])),
    ("computed", 2.0 * 6 * (6 + 5 + 1) / 2, (np.int64(16), 12, 6)),
]
PREDICTION_WRONG = [
    ("no bias", (66, (16, 12, 6)), ("the bias is missing", "편향이 빠졌습니다: 유닛마다")),
    (
        "times the steps",
        (864, (16, 12, 6)),
        ("the sequence length never enters", "시퀀스 길이는 들어가지 않습니다"),
    ),
    ("not whole", (72.5, (16, 12, 6)), ("params should be a whole number", "params: 정수")),
    (
        "last state",
        (72, (16, 6)),
        (
            "return_sequences=True keeps the time axis",
            "return_sequences=True이면 시간 축이 남습니다",
        ),
    ),
    (
        "input features last",
        (72, (16, 12, 5)),
        ("the last axis holds the units", "마지막 축은 입력 특성이 아니라 units"),
    ),
]


@pytest.mark.parametrize(
    ("name", "params", "shape"), PREDICTION_CORRECT, ids=ids(PREDICTION_CORRECT)
)
def test_prediction_accepts(name, params, shape, capsys):
    accepted(capsys, checks.check_simple_rnn_prediction, params, shape)


@pytest.mark.parametrize(("name", "answer", "hint"), PREDICTION_WRONG, ids=ids(PREDICTION_WRONG))
def test_prediction_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_simple_rnn_prediction, answer, hint)


# --- 02 · porting dynamic_rnn -------------------------------------------------------------------


def port(keras, steps=5, layer=None, state_from=None, **options):
    """A learner's port: Input -> recurrent layer -> [every state, final state]."""

    def build_model():
        sequences = keras.Input(shape=(steps, 4))
        rnn = layer or keras.layers.SimpleRNN(
            2, return_sequences=True, return_state=True, **options
        )
        outputs, state = rnn(sequences)
        if state_from is not None:
            state = keras.layers.Lambda(lambda s: s[:, state_from])(outputs)
        return keras.Model(sequences, [outputs, state])

    return build_model


def port_cases(keras):
    class Port(keras.Model):
        def __init__(self):
            super().__init__()
            self.rnn = keras.layers.SimpleRNN(2, return_sequences=True, return_state=True)

        def call(self, x):
            return self.rnn(x)

    def subclassed():
        model = Port()
        model(np.zeros((1, 5, 4), "float32"))
        return model

    cell = keras.layers.RNN(keras.layers.SimpleRNNCell(2), return_sequences=True, return_state=True)
    correct = [
        ("RNN(SimpleRNNCell)", port(keras, layer=cell)),
        ("any length", port(keras, steps=None)),
        ("subclassed", subclassed),
        ("state read off the outputs", port(keras, state_from=-1)),
    ]
    wrong = [
        (
            "state of the first step",
            port(keras, state_from=0),
            ("your final state is the state after the first step", "실제로는 첫 시점의 은닉 상태"),
        ),
        ("relu", port(keras, activation="relu"), ("uses tanh", "SimpleRNN의 기본값인 tanh입니다")),
        (
            "go_backwards",
            port(keras, go_backwards=True),
            ("go_backwards=True", "go_backwards=True이면"),
        ),
        (
            "no bias",
            port(keras, use_bias=False),
            ("use_bias=False", "use_bias=False이면 편향이 빠집니다"),
        ),
        (
            "a model, not a function",
            port(keras)(),
            ("pass the function build_model itself", "함수 build_model 자체를 넘기십시오"),
        ),
    ]
    return correct, wrong


@pytest.mark.parametrize("index", range(4))
def test_tf1_port_accepts(index, capsys, keras):
    name, answer = port_cases(keras)[0][index]
    accepted(capsys, checks.check_tf1_port, answer)


@pytest.mark.parametrize("index", range(5))
def test_tf1_port_refuses(index, capsys, keras):
    name, answer, hint = port_cases(keras)[1][index]
    refused(capsys, checks.check_tf1_port, answer, hint)


# --- 03 · many-to-one and the aligned tagger ------------------------------------------------


def sequential(keras, *layers, steps=8):
    return lambda: keras.Sequential([keras.Input(shape=(steps, 3)), *layers])


def many_to_one_cases(keras):
    L = keras.layers

    def functional():
        x = keras.Input(shape=(8, 3))
        return keras.Model(x, L.Softmax()(L.Dense(4)(L.LSTM(8)(x))))

    def first_step_only():
        x = keras.Input(shape=(8, 3))
        states = L.SimpleRNN(8, return_sequences=True)(x)
        return keras.Model(x, L.Dense(4, activation="softmax")(L.Lambda(lambda s: s[:, 0])(states)))

    correct = [
        ("functional LSTM + Softmax layer", functional),
        (
            "nested Sequential",
            sequential(keras, keras.Sequential([L.GRU(8)]), L.Dense(4, activation="softmax")),
        ),
        (
            "RNN(cell) + Activation",
            sequential(keras, L.RNN(L.SimpleRNNCell(8)), L.Dense(4), L.Activation("softmax")),
        ),
        (
            "any length",
            sequential(keras, L.SimpleRNN(8), L.Dense(4, activation="softmax"), steps=None),
        ),
    ]
    wrong = [
        (
            "every step",
            sequential(
                keras, L.SimpleRNN(8, return_sequences=True), L.Dense(4, activation="softmax")
            ),
            ("you answer at every step", "모든 시점마다 답을 내고 있습니다"),
        ),
        (
            "logits",
            sequential(keras, L.SimpleRNN(8), L.Dense(4)),
            ("not probabilities", "출력이 확률이 아닙니다"),
        ),
        (
            "reads the first step only",
            first_step_only,
            (
                "changing only the last step leaves your output unchanged",
                "마지막 시점만 바꿔도 출력이 그대로입니다",
            ),
        ),
        (
            "no recurrent layer",
            sequential(keras, L.Flatten(), L.Dense(4, activation="softmax")),
            ("there is no recurrent layer", "순환 층이 없습니다"),
        ),
        (
            "a model, not a function",
            sequential(keras, L.SimpleRNN(8), L.Dense(4, activation="softmax"))(),
            (
                "pass the function build_many_to_one itself",
                "함수 build_many_to_one 자체를 넘기십시오",
            ),
        ),
    ]
    return correct, wrong


@pytest.mark.parametrize("index", range(4))
def test_many_to_one_accepts(index, capsys, keras):
    name, answer = many_to_one_cases(keras)[0][index]
    accepted(capsys, checks.check_many_to_one, answer)


@pytest.mark.parametrize("index", range(5))
def test_many_to_one_refuses(index, capsys, keras):
    name, answer, hint = many_to_one_cases(keras)[1][index]
    refused(capsys, checks.check_many_to_one, answer, hint)


def tagger_cases(keras):
    L = keras.layers

    def functional():
        x = keras.Input(shape=(8, 3))
        return keras.Model(x, L.Softmax()(L.Dense(4)(L.GRU(8, return_sequences=True)(x))))

    correct = [
        ("functional GRU + Softmax layer", functional),
        (
            "TimeDistributed",
            sequential(
                keras,
                L.SimpleRNN(8, return_sequences=True),
                L.TimeDistributed(L.Dense(4, activation="softmax")),
            ),
        ),
        (
            "bidirectional",
            sequential(
                keras,
                L.Bidirectional(L.LSTM(4, return_sequences=True)),
                L.Dense(4, activation="softmax"),
            ),
        ),
        (
            "any length",
            sequential(
                keras,
                L.SimpleRNN(8, return_sequences=True),
                L.Dense(4, activation="softmax"),
                steps=None,
            ),
        ),
    ]
    wrong = [
        (
            "last state only",
            sequential(keras, L.SimpleRNN(8), L.Dense(4, activation="softmax")),
            ("you answer once per sequence", "시퀀스마다 한 번만 답하고 있습니다"),
        ),
        (
            "repeats the last state",
            sequential(keras, L.SimpleRNN(8), L.RepeatVector(8), L.Dense(4, activation="softmax")),
            ("every step gets the same answer", "모든 시점이 같은 답을 받습니다"),
        ),
        (
            "softmax over the steps",
            sequential(keras, L.SimpleRNN(8, return_sequences=True), L.Dense(4), L.Softmax(axis=1)),
            ("sum to 1 over the 8 steps", "4개 클래스가 아니라 8개 시점에 걸쳐 1입니다"),
        ),
        (
            "logits",
            sequential(keras, L.SimpleRNN(8, return_sequences=True), L.Dense(4)),
            ("not probabilities", "출력이 확률이 아닙니다"),
        ),
        (
            "no recurrent layer",
            sequential(keras, L.Dense(4, activation="softmax")),
            ("there is no recurrent layer", "순환 층이 없습니다"),
        ),
    ]
    return correct, wrong


@pytest.mark.parametrize("index", range(4))
def test_tagger_accepts(index, capsys, keras):
    name, answer = tagger_cases(keras)[0][index]
    accepted(capsys, checks.check_aligned_many_to_many, answer)


@pytest.mark.parametrize("index", range(5))
def test_tagger_refuses(index, capsys, keras):
    name, answer, hint = tagger_cases(keras)[1][index]
    refused(capsys, checks.check_aligned_many_to_many, answer, hint)


# --- 03 · sliding windows -----------------------------------------------------------------------


def windows_by_view(series, window):
    view = np.lib.stride_tricks.sliding_window_view(np.asarray(series), window)[:-1]
    return view, np.asarray(series)[window:]


def windows_as_lists(series, window):
    inputs, targets = [], []
    for start in range(len(series) - window):
        inputs.append(list(series[start : start + window]))
        targets.append(series[start + window])
    return [inputs, targets]


def windows_by_index(series, window):
    n = len(series) - window
    index = np.arange(window)[None, :] + np.arange(n)[:, None]  # (n, window)
    return series[index], series[index[:, -1] + 1]


def windows_fixed(series, window):
    base = np.arange(1.0, 8.0)  # the numbers of the notebook's example
    return np.stack([base[i : i + 3] for i in range(4)]), base[3:]


def windows_of_three(series, window):
    n = len(series) - 3
    return np.stack([series[i : i + 3] for i in range(n)]), series[3:]


def windows_sorting_in_place(series, window):
    series.sort()  # changes the caller's series
    n = len(series) - window
    return np.stack([series[i : i + window] for i in range(n)]), series[window:]


WINDOWS_CORRECT = [
    ("sliding_window_view", windows_by_view),
    ("lists", windows_as_lists),
    ("fancy indexing", windows_by_index),
]
WINDOWS_WRONG = [
    (
        "typed in",
        windows_fixed,
        ("gives the same windows for another series", "다른 시계열에도 같은 윈도를 반환합니다"),
    ),
    (
        "window typed as 3",
        windows_of_three,
        ("your windows hold 3 values, but window is", "윈도에 값이 3개 있지만 window는"),
    ),
    (
        "one too many",
        lambda s, w: (
            np.stack([s[i : i + w] for i in range(len(s) - w + 1)]),
            np.append(s[w:], 0.0),
        ),
        ("one window too many", "윈도가 하나 더 많습니다"),
    ),
    (
        "target inside the window",
        lambda s, w: (
            np.stack([s[i : i + w] for i in range(len(s) - w)]),
            np.array([s[i + w - 1] for i in range(len(s) - w)]),
        ),
        ("off by one", "하나씩 어긋났습니다"),
    ),
    ("sorts in place", windows_sorting_in_place, ("the windows should be", "여러분의 윈도: ")),
    (
        "column of targets",
        lambda s, w: (np.stack([s[i : i + w] for i in range(len(s) - w)]), s[w:, None]),
        ("one target per window", "윈도마다 목표값이 하나씩"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), WINDOWS_CORRECT, ids=ids(WINDOWS_CORRECT))
def test_make_windows_accepts(name, answer, capsys):
    accepted(capsys, checks.check_make_windows, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), WINDOWS_WRONG, ids=ids(WINDOWS_WRONG))
def test_make_windows_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_make_windows, answer, hint)


# --- 04 · the backward direction by hand -------------------------------------------------------


def backward_loop(x, kernel, recurrent_kernel, bias):
    h = np.zeros((x.shape[0], kernel.shape[1]))
    states = np.empty((x.shape[0], x.shape[1], kernel.shape[1]))
    for t in reversed(range(x.shape[1])):  # T, T-1, ..., 1
        h = np.tanh(x[:, t] @ kernel + h @ recurrent_kernel + bias)
        states[:, t] = h
    return states


def backward_flip(x, kernel, recurrent_kernel, bias):
    return np.flip(simple_rnn_forward(np.flip(x, axis=1), kernel, recurrent_kernel, bias), axis=1)


def backward_in_place(x, kernel, recurrent_kernel, bias):
    x[:] = x[:, ::-1].copy()  # reverses the caller's array in place, then works on it
    return simple_rnn_forward(x, kernel, recurrent_kernel, bias)[:, ::-1]


def backward_typed_in(x, kernel, recurrent_kernel, bias):
    case = checks.bidirectional.backward_cases()[0]
    return backward_flip(case[0], *case[1])


BACKWARD_CORRECT = [
    ("loop from the end", backward_loop),
    ("np.flip", backward_flip),
    ("reverses its input in place", backward_in_place),
    ("lists", lambda *a: backward_flip(*a).tolist()),
]
BACKWARD_WRONG = [
    (
        "forwards",
        lambda x, k, r, b: simple_rnn_forward(x, k, r, b),
        ("you ran the sequence forwards", "시퀀스를 정방향으로 실행했습니다"),
    ),
    (
        "reversed the outputs of a forward run",
        lambda x, k, r, b: simple_rnn_forward(x, k, r, b)[:, ::-1],
        ("you reversed the states of a forward run", "정방향으로 실행한 은닉 상태를 뒤집었습니다"),
    ),
    (
        "not reversed back",
        lambda x, k, r, b: simple_rnn_forward(x[:, ::-1], k, r, b),
        ("right states, wrong order", "은닉 상태는 맞지만 순서가 틀렸습니다"),
    ),
    (
        "no bias",
        lambda x, k, r, b: backward_flip(x, k, r, 0 * b),
        ("the bias is missing", "편향이 빠졌습니다: 모든 시점에서"),
    ),
    (
        "typed in",
        backward_typed_in,
        ("gives the same states whatever the inputs", "입력이 달라도 늘 같은 상태를 반환합니다"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), BACKWARD_CORRECT, ids=ids(BACKWARD_CORRECT))
def test_backward_direction_accepts(name, answer, capsys):
    accepted(capsys, checks.check_backward_direction, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), BACKWARD_WRONG, ids=ids(BACKWARD_WRONG))
def test_backward_direction_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_backward_direction, answer, hint)


# --- 04 · parameters of a bidirectional stack -------------------------------------------------


def stack_closed_form(units, input_dim, depth):
    return 2 * units * (units + input_dim + 1) + (depth - 1) * 2 * units * (3 * units + 1)


STACK_CORRECT = [
    ("closed form", stack_closed_form),
    ("whole float", lambda u, d, n: float(stack_closed_form(u, d, n))),
    ("numpy integer", lambda u, d, n: np.int64(stack_closed_form(u, d, n))),
    (
        "per direction",
        lambda u, d, n: sum(
            2 * (u * (d if layer == 0 else 2 * u) + u * u + u) for layer in range(n)
        ),
    ),
]
STACK_WRONG = [
    (
        "one direction",
        lambda u, d, n: stack_closed_form(u, d, n) // 2,
        (
            "each Bidirectional layer holds two SimpleRNNs",
            "Bidirectional 층마다 정방향과 역방향, 두 SimpleRNN이 들어 있습니다",
        ),
    ),
    (
        "input_dim everywhere",
        lambda u, d, n: n * 2 * u * (u + d + 1),
        (
            "only the first layer reads input_dim features",
            "input_dim개의 특성을 읽는 것은 첫 층뿐입니다",
        ),
    ),
    (
        "no bias",
        lambda u, d, n: stack_closed_form(u, d, n) - 2 * u * n,
        ("the bias is missing", "편향이 빠졌습니다: 모든 층에"),
    ),
    (
        "typed in",
        lambda u, d, n: 1408,
        ("returns 1408 whatever the stack", "어떤 스택이든 항상 같은 값(1408)을 반환합니다"),
    ),
    (
        "not whole",
        lambda u, d, n: stack_closed_form(u, d, n) + 0.5,
        ("a whole number", "정수(파라미터 수)여야 합니다"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), STACK_CORRECT, ids=ids(STACK_CORRECT))
def test_stack_params_accepts(name, answer, capsys):
    accepted(capsys, checks.check_bidirectional_stack_params, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), STACK_WRONG, ids=ids(STACK_WRONG))
def test_stack_params_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_bidirectional_stack_params, answer, hint)


# --- 05 · one LSTM step -------------------------------------------------------------------------


def sig(z):
    return 1 / (1 + np.exp(-z))


def lstm_blocks(x_t, h_prev, kernel, recurrent_kernel, bias):
    u = h_prev.shape[1]
    z = x_t @ kernel + h_prev @ recurrent_kernel + bias
    return z[:, :u], z[:, u : 2 * u], z[:, 2 * u : 3 * u], z[:, 3 * u :]


def lstm_in_place(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias):
    i, f, g, o = lstm_blocks(x_t, h_prev, kernel, recurrent_kernel, bias)
    c_prev *= sig(f)  # updates the cell state in place
    c_prev += sig(i) * np.tanh(g)
    return sig(o) * np.tanh(c_prev), c_prev


def lstm_as_list(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias):
    i, f, g, o = lstm_blocks(x_t, h_prev, kernel, recurrent_kernel, bias)
    c = sig(f) * c_prev + sig(i) * np.tanh(g)
    return [(sig(o) * np.tanh(c)).tolist(), c.tolist()]


def lstm_tanh_sigmoid(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias):
    i, f, g, o = lstm_blocks(x_t, h_prev, kernel, recurrent_kernel, bias)
    sigmoid = lambda z: (np.tanh(z / 2) + 1) / 2  # noqa: E731 - the same function, written so
    c = sigmoid(f) * c_prev + sigmoid(i) * np.tanh(g)
    return sigmoid(o) * np.tanh(c), c


def lstm_order(order):
    def step(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias):
        blocks = dict(
            zip(order, lstm_blocks(x_t, h_prev, kernel, recurrent_kernel, bias), strict=True)
        )
        c = sig(blocks["f"]) * c_prev + sig(blocks["i"]) * np.tanh(blocks["c"])
        return sig(blocks["o"]) * np.tanh(c), c

    return step


LSTM_FIRST = lstm_order("ifco")(*checks.gates.lstm_cases()[0])


def lstm_typed_in(*args):
    return LSTM_FIRST


def lstm_no_tanh_on_c(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias):
    i, f, g, o = lstm_blocks(x_t, h_prev, kernel, recurrent_kernel, bias)
    c = sig(f) * c_prev + sig(i) * np.tanh(g)
    return sig(o) * c, c


def lstm_halves_kernel(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias):
    kernel *= 0.5  # changes the caller's kernel, and the answer with it
    return lstm_order("ifco")(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias)


LSTM_CORRECT = [
    ("in place", lstm_in_place),
    ("lists", lstm_as_list),
    ("sigmoid through tanh", lstm_tanh_sigmoid),
]
LSTM_WRONG = [
    (
        "gate order i, f, o, c",
        lstm_order("ifoc"),
        (
            "gate order: you read the blocks as i, f, o, c",
            "게이트 순서: 블록을 i, f, o, c 순서로 읽었습니다",
        ),
    ),
    (
        "no tanh on c",
        lstm_no_tanh_on_c,
        ("h_t = o * tanh(c_t)", "셀 상태를 tanh에 통과시켜 읽습니다: h_t = o * tanh(c_t)"),
    ),
    (
        "h and c swapped",
        lambda *a: lstm_order("ifco")(*a)[::-1],
        ("h and c are swapped", "h와 c가 뒤바뀌었습니다"),
    ),
    (
        "typed in",
        lstm_typed_in,
        ("gives the same h and c whatever the inputs", "입력이 달라도 늘 같은 h와 c를 반환합니다"),
    ),
    (
        "halves the kernel in place",
        lstm_halves_kernel,
        ("the values differ from Keras' LSTM", "값이 Keras의 LSTM과 다릅니다"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), LSTM_CORRECT, ids=ids(LSTM_CORRECT))
def test_lstm_step_accepts(name, answer, capsys):
    accepted(capsys, checks.check_lstm_step, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), LSTM_WRONG, ids=ids(LSTM_WRONG))
def test_lstm_step_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_lstm_step, answer, hint)


# --- 05 · which part keeps the memory ----------------------------------------------------------

GATE_CORRECT = [
    ("lower case", "b"),
    ("spaces", " B "),
    ("punctuation", "(B)"),
    ("words", "the forget gate"),
]
GATE_WRONG = [
    (
        "input gate",
        "A",
        (
            "the input gate decides how much of the new candidate",
            "입력 게이트는 새 후보 값을 c_t에 얼마나 쓸지 정합니다",
        ),
    ),
    (
        "output gate",
        "C",
        ("the output gate decides how much", "출력 게이트는 tanh(c_t)를 h_t로 얼마나 읽어 낼지"),
    ),
    (
        "candidate",
        "D",
        (
            "the candidate is the new content",
            "후보 값은 게이트가 아니라 이 시점에 새로 제안된 내용입니다",
        ),
    ),
    (
        "input gate in words",
        "input gate",
        (
            "the input gate decides how much of the new candidate",
            "입력 게이트는 새 후보 값을 c_t에 얼마나 쓸지 정합니다",
        ),
    ),
    ("not a choice", "E", ("is not one of the choices", "선택지 가운데 하나가 아닙니다")),
]


@pytest.mark.parametrize(("name", "answer"), GATE_CORRECT, ids=ids(GATE_CORRECT))
def test_gate_question_accepts(name, answer, capsys):
    accepted(capsys, checks.check_gate_question, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), GATE_WRONG, ids=ids(GATE_WRONG))
def test_gate_question_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_gate_question, answer, hint)


# --- 05 · a GRU's parameters --------------------------------------------------------------------

GRU_CORRECT = [
    ("factored", lambda u, d: 3 * u * (u + d + 2)),
    ("whole float", lambda u, d: 3.0 * u * (u + d + 2)),
    ("block by block", lambda u, d: sum(d * u + u * u + 2 * u for _ in "zrh")),
]
GRU_WRONG = [
    (
        "one bias per block",
        lambda u, d: 3 * u * (u + d + 1),
        ("reset_after=True", "reset_after=True입니다"),
    ),
    (
        "an LSTM's count",
        lambda u, d: 4 * u * (u + d + 1),
        ("that is the LSTM's count", "그것은 LSTM의 파라미터 수입니다"),
    ),
    (
        "no biases",
        lambda u, d: 3 * u * (u + d),
        ("the biases are missing", "편향이 빠졌습니다: 블록마다"),
    ),
    (
        "typed in",
        lambda u, d: 180,
        ("returns 180 whatever the layer", "어떤 층이든 항상 같은 값(180)을 반환합니다"),
    ),
    (
        "not whole",
        lambda u, d: 3 * u * (u + d + 2) / 7,
        ("a whole number", "정수(파라미터 수)여야 합니다"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), GRU_CORRECT, ids=ids(GRU_CORRECT))
def test_gru_param_count_accepts(name, answer, capsys):
    accepted(capsys, checks.check_gru_param_count, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), GRU_WRONG, ids=ids(GRU_WRONG))
def test_gru_param_count_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_gru_param_count, answer, hint)


# --- 06 · a sentence of one's own ---------------------------------------------------------------

SENTENCE = "the cat sat on the mat"


def sentence_model(keras, cell="LSTM", steps=None, epochs=100, softmax=False, text=SENTENCE):
    from helpers.data import next_char_task

    inputs, targets, vocab = next_char_task(text)
    keras.utils.set_random_seed(2024)
    layers = [
        keras.Input(shape=(steps, len(vocab))),
        getattr(keras.layers, cell)(len(vocab), return_sequences=True),
        keras.layers.Dense(len(vocab), activation="softmax" if softmax else None),
    ]
    model = keras.Sequential(layers)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.1),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=not softmax),
    )
    for _ in range(epochs):
        model.train_on_batch(inputs, targets)
    return model


def test_own_sentence_accepts_other_designs(capsys, keras):
    accepted(capsys, checks.check_own_sentence, SENTENCE, sentence_model(keras, "GRU"))
    accepted(capsys, checks.check_own_sentence, SENTENCE, sentence_model(keras, softmax=True))
    accepted(capsys, checks.check_own_sentence, SENTENCE, sentence_model(keras, steps=None))


def test_own_sentence_refuses(capsys, keras):
    refused(
        capsys,
        checks.check_own_sentence,
        ("hihello", None),
        ("is the notebook's example", ": 노트북의 예시입니다"),
    )
    refused(
        capsys,
        checks.check_own_sentence,
        ("short", None),
        ("has 5 characters", "문자가 5개뿐입니다"),
    )
    untrained = sentence_model(keras, epochs=0)
    refused(
        capsys,
        checks.check_own_sentence,
        (SENTENCE, untrained),
        ("characters right", "개만 맞힙니다"),
    )
    other = sentence_model(keras, text="a dog and a frog", steps=15)
    refused(
        capsys,
        checks.check_own_sentence,
        (SENTENCE, other),
        ("train the model on this text", "이 문장으로 모델을 학습시키십시오"),
    )


# --- 06 · perfect in fewer epochs ----------------------------------------------------------------


def fast_model(keras, cell="LSTM", units=16, rate=0.1, output="logits", pretrain=0):
    def build_fast_model(timesteps, n_chars):
        from helpers.data import next_char_task

        layers = [
            keras.Input(shape=(timesteps, n_chars)),
            getattr(keras.layers, cell)(units, return_sequences=True),
            keras.layers.Dense(n_chars),
        ]
        if output in ("softmax layer", "softmax with from_logits"):
            layers.append(keras.layers.Softmax())
        model = keras.Sequential(layers)
        model.compile(
            optimizer=keras.optimizers.Adam(learning_rate=rate),
            loss=keras.losses.SparseCategoricalCrossentropy(
                from_logits=output in ("logits", "softmax with from_logits")
            ),
        )
        inputs, targets, _ = next_char_task("hihello")
        for _ in range(pretrain):
            model.train_on_batch(inputs, targets)
        return model

    return build_fast_model


def test_fewer_epochs_accepts_other_designs(capsys, keras):
    accepted(capsys, checks.check_fewer_epochs, fast_model(keras, "GRU", units=16))
    accepted(capsys, checks.check_fewer_epochs, fast_model(keras, output="softmax layer"))
    accepted(capsys, checks.check_fewer_epochs, fast_model(keras, "SimpleRNN", units=8))


def test_fewer_epochs_refuses(capsys, keras):
    refused(
        capsys,
        checks.check_fewer_epochs,
        fast_model(keras, pretrain=30),
        ("already predicts 'ihello' before", "모델이 이미 'ihello'를 예측합니다"),
    )
    refused(
        capsys,
        checks.check_fewer_epochs,
        fast_model(keras, output="softmax with from_logits"),
        ("applies softmax twice", "소프트맥스가 두 번 적용됩니다"),
    )
    refused(
        capsys,
        checks.check_fewer_epochs,
        fast_model(keras, output="probabilities"),
        (
            "the model outputs logits, but the loss expects probabilities",
            "모델은 로짓을 출력하는데 손실은 확률을 기대합니다",
        ),
    )
    refused(
        capsys,
        checks.check_fewer_epochs,
        fast_model(keras, rate=1e-4),
        (
            "learning rate 0.0001 is a thousand times smaller",
            "학습률(0.0001)은 원본 노트 003의 학습률(0.1)보다 천 배 작습니다",
        ),
    )
    refused(
        capsys,
        checks.check_fewer_epochs,
        fast_model(keras, units=5, rate=0.05),
        ("not fewer yet", "아직 더 적지 않습니다"),
    )


def test_not_done_stays_not_done(capsys):
    for check in (
        checks.check_batched_memory_cell,
        checks.check_make_windows,
        checks.check_tf1_port,
    ):
        lines = verdicts(capsys, check, None, kind="not_done")
        assert "and pass it to the checker" in lines["en"], lines["en"]
        assert "함수를 정의하고 채점기에 넘기십시오" in lines["ko"], lines["ko"]


def test_a_transposed_window_array_is_told_where_the_windows_go(capsys):
    def make_windows(series, window):
        n = len(series) - window
        return np.stack([series[i : i + window] for i in range(n)]).T, series[window:]

    # A transposed array of sliding windows is again one (of 4 values), so the hint says both.
    refused(
        capsys,
        checks.check_make_windows,
        make_windows,
        ("one window per row, shape (4, 3)", "한 행에 윈도 하나씩, 형태 (4, 3)"),
    )


# --- 07 · one step back through tanh and W_h ----------------------------------------------------


def step_rows(dh, h, W_h):
    """Row-vector layout: (dh * slope) @ W_h is W_h.T @ (slope * dh)."""
    return (dh * (1 - h * h)) @ W_h


def step_einsum(dh, h, W_h):
    return np.einsum("ij,i->j", W_h, (1 - np.tanh(np.arctanh(h)) ** 2) * dh)


def step_diag(dh, h, W_h):
    return (W_h.T @ np.diag(1 - h**2) @ dh[:, None]).ravel().tolist()  # the Jacobian, as a list


def step_in_place(dh, h, W_h):
    dh *= 1 - h**2  # changes its own copy of dh
    return np.dot(W_h.T, dh)


STEP_FIRST = checks.bptt._step_back(*checks.bptt.step_back_cases()[0])

STEP_CORRECT = [
    ("rows", step_rows),
    ("einsum, tanh of arctanh", step_einsum),
    ("Jacobian as a list", step_diag),
    ("in place", step_in_place),
]
STEP_WRONG = [
    ("no tanh'", lambda dh, h, W: W.T @ dh, ("tanh' is missing", "tanh' 항이 빠졌습니다")),
    (
        "not transposed",
        lambda dh, h, W: W @ ((1 - h**2) * dh),
        ("W_h is not transposed", "W_h를 전치하지 않았습니다"),
    ),
    (
        "1 - h",
        lambda dh, h, W: W.T @ ((1 - h) * dh),
        ("the slope of tanh is 1 - h**2", "tanh의 도함수는 1 - h가 아니라 1 - h**2입니다"),
    ),
    (
        "stops at a_t",
        lambda dh, h, W: (1 - h**2) * dh,
        (
            "the pre-activation a_t; one step more",
            "활성화 전 값 a_t에서의 기울기를 반환했습니다. 한 단계 더",
        ),
    ),
    (
        "typed in",
        lambda dh, h, W: STEP_FIRST,
        (
            "gives the same answer whatever dh, h and W_h",
            "dh, h, W_h가 달라도 늘 같은 답을 반환합니다",
        ),
    ),
    (
        "squares dh",
        lambda dh, h, W: W.T @ ((1 - h**2) * dh**2),
        ("the values differ", "값이 W_h.T @ ((1 - h**2) * dh)와 다릅니다"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), STEP_CORRECT, ids=ids(STEP_CORRECT))
def test_step_back_accepts(name, answer, capsys):
    accepted(capsys, checks.check_step_back, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), STEP_WRONG, ids=ids(STEP_WRONG))
def test_step_back_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_step_back, answer, hint)


# --- 07 · clipping by global norm ----------------------------------------------------------------


def clip_flat(grads, max_norm):
    flat = np.concatenate([g.ravel() for g in grads.values()])
    factor = min(1.0, max_norm / np.linalg.norm(flat))
    return {name: factor * g for name, g in grads.items()}


def clip_in_place_pair(grads, max_norm):
    norm = np.sqrt(sum(np.vdot(g, g) for g in grads.values()))
    if norm > max_norm:
        for g in grads.values():
            g *= max_norm / norm  # its own copies: fine
    return grads, norm  # (clipped, norm), as tf.clip_by_global_norm


def clip_lists(grads, max_norm):
    norm = float(np.linalg.norm([np.linalg.norm(g) for g in grads.values()]))
    scale = max_norm / max(norm, max_norm)
    return {name: (np.asarray(g) * scale).tolist() for name, g in grads.items()}


CLIP_FIRST = clip_flat(*checks.bptt.clip_cases()[0])

CLIP_CORRECT = [
    ("one flat vector", clip_flat),
    ("in place, with the norm", clip_in_place_pair),
    ("norm of norms, lists", clip_lists),
]
CLIP_WRONG = [
    ("per variable", lambda g, m: {k: v * min(1, m / np.linalg.norm(v)) for k, v in g.items()},
     ("that is Keras' clipnorm", "그것은 Keras의 clipnorm입니다")),
    ("clip values", lambda g, m: {k: np.clip(v, -m, m) for k, v in g.items()},
     ("clipvalue", "Keras의 clipvalue")),
    ("always scales", lambda g, m: {k: v * m / np.sqrt(sum((w**2).sum() for w in g.values()))
                                    for k, v in g.items()},
     ("you also scaled gradients", "전역 노름이 max_norm보다 작을 때도 기울기의 크기를")),
    ("typed in", lambda g, m: CLIP_FIRST, ("returned the keys", "반환한 키는")),
    ("L1 norm", lambda g, m: {k: v * min(1, m / sum(np.abs(w).sum() for w in g.values()))
                              for k, v in g.items()},
     ("case 1 (global norm 12, max_norm 1)", "사례 1(전역 노름 12, max_norm 1)")),
]  # fmt: skip


@pytest.mark.parametrize(("name", "answer"), CLIP_CORRECT, ids=ids(CLIP_CORRECT))
def test_clip_gradients_accepts(name, answer, capsys):
    accepted(capsys, checks.check_clip_gradients, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), CLIP_WRONG, ids=ids(CLIP_WRONG))
def test_clip_gradients_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_clip_gradients, answer, hint)


# --- 08 · perplexity from logits ------------------------------------------------------------------


def ppl_scipy_style(logits, targets):
    lse = np.log(np.sum(np.exp(logits), axis=-1))  # no shift: fine for these logits
    return np.exp(np.mean(lse - logits[np.arange(len(targets)), targets]))


def ppl_probabilities_loop(logits, targets):
    total = 0.0
    for row, target in zip(logits, targets, strict=True):
        p = np.exp(row - row.max())
        total += -np.log(p[target] / p.sum())
    return np.array([np.exp(total / len(targets))])  # a one-element array


def ppl_in_place(logits, targets):
    logits -= logits.max(axis=1, keepdims=True)  # its own copy: fine
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    return np.float32(np.exp(-np.log(probs[np.arange(len(targets)), targets]).mean()))


def ppl_geometric_mean(logits, targets):
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    return 1 / np.prod(probs[np.arange(len(targets)), targets]) ** (1 / len(targets))


PPL_FIRST = checks.language_model._perplexity(*checks.language_model.perplexity_cases()[0])

PPL_CORRECT = [
    ("log-sum-exp", ppl_scipy_style),
    ("loop, one-element array", ppl_probabilities_loop),
    ("in place, float32", ppl_in_place),
    ("geometric mean of 1/p", ppl_geometric_mean),
]
PPL_WRONG = [
    ("cross-entropy only", lambda lg, t: np.log(ppl_scipy_style(lg, t)),
     ("that is the cross-entropy", "그것은 교차 엔트로피")),
    ("mean of exp", lambda lg, t: np.mean(np.exp(np.log(np.exp(lg).sum(1))
                                                 - lg[np.arange(len(t)), t])),
     ("you averaged the per-character perplexities",
      "문자별 퍼플렉서티 e^loss의 평균을 냈습니다")),
    ("base 2", lambda lg, t: 2 ** np.log(ppl_scipy_style(lg, t)),
     ("not 2 ** mean loss", "2 ** mean loss가 아니라")),
    ("typed in", lambda lg, t: PPL_FIRST,
     ("gives the same answer whatever the logits",
      "logits와 targets가 달라도 늘 같은 답을 반환합니다")),
    ("raw logits", lambda lg, t: np.exp(np.mean(-lg[np.arange(len(t)), t])),
     ("not -logits[target]", "-logits[target]이 아니라")),
    ("log10", lambda lg, t: 10 ** np.log10(ppl_scipy_style(lg, t)) + 1,
     ("the perplexity is", "에서 퍼플렉서티는")),
]  # fmt: skip


@pytest.mark.parametrize(("name", "answer"), PPL_CORRECT, ids=ids(PPL_CORRECT))
def test_perplexity_accepts(name, answer, capsys):
    accepted(capsys, checks.check_perplexity, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), PPL_WRONG, ids=ids(PPL_WRONG))
def test_perplexity_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_perplexity, answer, hint)


# --- 08 · probabilities at a temperature ----------------------------------------------------------


def temp_power(logits, temperature):
    p = np.exp(logits - logits.max()) ** (1 / temperature)
    return p / p.sum()


def temp_list(logits, temperature):
    e = [np.exp(z / temperature) for z in logits]
    return [v / sum(e) for v in e]


def temp_in_place(logits, temperature):
    logits /= temperature  # its own copy: fine
    logits -= logits.max()
    return np.exp(logits) / np.exp(logits).sum()


TEMP_FIRST = checks.language_model._temperature_probs(*checks.language_model.temperature_cases()[0])

TEMP_CORRECT = [
    ("renormalised power", temp_power),
    ("a list", temp_list),
    ("in place", temp_in_place),
]
TEMP_WRONG = [
    (
        "times temperature",
        lambda z, t: temp_power(z, 1 / t),
        ("you multiplied the logits", "로짓에 온도를 곱했습니다"),
    ),
    (
        "no softmax",
        lambda z, t: z / t,
        ("those are the scaled logits", "그것은 온도로 나눈 로짓입니다"),
    ),
    (
        "not normalised",
        lambda z, t: np.exp(z / t),
        ("must be divided by its sum", "그 합으로 나누어야 합니다"),
    ),
    (
        "typed in",
        lambda z, t: TEMP_FIRST,
        ("returned shape (6,), expected (11,)", "반환한 형태는 (6,)이지만 (11,)이어야 합니다"),
    ),
    (
        "ignores temperature",
        lambda z, t: temp_power(z, 1.0),
        ("at temperature 1 in every case", "모든 사례에서 온도 1일 때의 모델 확률입니다"),
    ),
    (
        "squares",
        lambda z, t: temp_power(z, t) ** 2,
        ("case 1 (temperature 0.5, 6 characters)", "사례 1(온도 0.5, 문자 6개)"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), TEMP_CORRECT, ids=ids(TEMP_CORRECT))
def test_temperature_probs_accepts(name, answer, capsys):
    accepted(capsys, checks.check_temperature_probs, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), TEMP_WRONG, ids=ids(TEMP_WRONG))
def test_temperature_probs_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_temperature_probs, answer, hint)


def test_fewer_epochs_gives_the_stub_its_verdict_without_training(capsys, monkeypatch):
    # The starter's stub is what every Run All checks: its "not done yet" must come at once,
    # not after training note 003's model (about a second) for a comparison it never reaches.
    from helpers.checks import char_model

    def trained():
        pytest.fail("check_fewer_epochs trained the notes' model for a stub")

    monkeypatch.setattr(char_model, "_notes_epochs", trained)
    lines = verdicts(
        capsys, checks.check_fewer_epochs, lambda timesteps, n_chars: None, kind="not_done"
    )
    assert "build_fast_model returns None" in lines["en"], lines["en"]
    assert "build_fast_model의 반환값이 None입니다" in lines["ko"], lines["ko"]


# --- 05b · how long a kept cell lasts -------------------------------------------------------------


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def half_life_loop(forget_bias):
    # A learner who bisects f ** n = 1/2 numerically instead of taking logs.
    f, low, high = sigmoid(forget_bias), 0.0, 1e4
    for _ in range(200):
        middle = (low + high) / 2
        low, high = (middle, high) if f**middle > 0.5 else (low, middle)
    return (low + high) / 2


HALF_LIFE_CORRECT = [
    ("natural logs", lambda b: np.log(0.5) / np.log(sigmoid(b))),
    ("log2 on both sides", lambda b: -1 / np.log2(sigmoid(b))),
    ("log1p form", lambda b: np.log(2) / np.log1p(np.exp(-b))),
    ("bisection", half_life_loop),
]
HALF_LIFE_WRONG = [
    (
        "bias, not the gate",
        lambda b: np.log(0.5) / np.log(b + 1e-12),
        ("use f, not the bias", "편향 자체가 아니라 f를 쓰십시오"),
    ),
    (
        "straight line",
        lambda b: 0.5 / (1 - sigmoid(b)),
        ("straight-line estimate", "직선으로 어림한 값입니다"),
    ),
    ("mean lifetime", lambda b: 1 / (1 - sigmoid(b)), ("mean lifetime", "평균 수명")),
    (
        "mixed logs",
        lambda b: -1 / np.log(sigmoid(b)),
        ("use the same logarithm", "양쪽에 같은 로그를 쓰십시오"),
    ),
    (
        "rounded up",
        lambda b: np.ceil(np.log(0.5) / np.log(sigmoid(b))),
        ("not rounded up", "올림하지 말고"),
    ),
    (
        "typed in",
        lambda b: 14.27,
        ("returns 14.27 whatever the bias", "편향이 달라도 늘 같은 값(14.27)을 반환합니다"),
    ),
    (
        "a fraction",
        lambda b: sigmoid(b) ** 50,
        ("sigmoid(3) = 0.9526", "f = sigmoid(3) = 0.9526이고"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), HALF_LIFE_CORRECT, ids=ids(HALF_LIFE_CORRECT))
def test_half_life_accepts(name, answer, capsys):
    accepted(capsys, checks.check_half_life, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), HALF_LIFE_WRONG, ids=ids(HALF_LIFE_WRONG))
def test_half_life_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_half_life, answer, hint)


# --- 08b · where early stopping would stop -----------------------------------------------------


def best_in_place(val_losses, every):
    order = np.argsort(val_losses)
    val_losses.sort()  # a learner who sorts the array itself: its own copy, still right
    return int((order[0] + 1) * every)


BEST_CORRECT = [
    ("argmin", lambda v, e: (np.argmin(v) + 1) * e),
    ("list index", lambda v, e: e * (list(v).index(min(v)) + 1)),
    ("updates array", lambda v, e: int(np.arange(e, e * (len(v) + 1), e)[np.argmin(v)])),
    ("sorts its copy", best_in_place),
]
BEST_WRONG = [
    (
        "position",
        lambda v, e: int(np.argmin(v)),
        ("the position of the lowest loss", "배열에서 가장 낮은 손실의 위치입니다"),
    ),
    (
        "off by one",
        lambda v, e: int(np.argmin(v)) * e,
        ("off by one measurement", "측정 한 번만큼 어긋났습니다"),
    ),
    (
        "highest",
        lambda v, e: (int(np.argmax(v)) + 1) * e,
        ("where the validation loss is highest", "검증 손실이 가장 높은 곳입니다"),
    ),
    ("the end", lambda v, e: len(v) * e, ("that is the last measurement", "그것은 마지막 측정")),
    (
        "the loss",
        lambda v, e: float(np.min(v)),
        ("the lowest validation loss itself", "가장 낮은 검증 손실 값 자체입니다"),
    ),
    (
        "typed in",
        lambda v, e: 36,
        ("returns 36 whatever the losses", "손실이 달라도 늘 같은 값(36)을 반환합니다"),
    ),
    (
        "skips the first",
        lambda v, e: (int(np.argmin(v[1:])) + 1) * e,
        ("the answer is 36, yours 24", "답은 36인데 여러분의 답은 24입니다"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), BEST_CORRECT, ids=ids(BEST_CORRECT))
def test_best_update_accepts(name, answer, capsys):
    accepted(capsys, checks.check_best_update, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), BEST_WRONG, ids=ids(BEST_WRONG))
def test_best_update_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_best_update, answer, hint)


# --- 08b · inverted dropout ---------------------------------------------------------------------


def dropout_where(x, rate, rng):
    keep = rng.random(x.shape) >= rate
    return np.where(keep, x / (1 - rate), 0.0)


def dropout_binomial(x, rate, rng):
    return x * rng.binomial(1, 1 - rate, size=x.shape) / (1 - rate)


def dropout_copy(x, rate, rng):
    out = x.copy()
    out[rng.uniform(size=x.shape) < rate] = 0.0
    return out / (1 - rate)


def dropout_global(x, rate, rng):
    return x * (np.random.random(x.shape) >= rate) / (1 - rate)  # noqa: NPY002 - the mistake


def dropout_in_place(x, rate, rng):
    x[rng.random(x.shape) < rate] = 0.0
    x /= 1 - rate
    return x


_x, _rate, _seed = checks.overfitting.dropout_cases()[0]
DROPOUT_FIRST = dropout_where(_x, _rate, np.random.default_rng(_seed))  # right for case 1 only

DROPOUT_CORRECT = [
    ("np.where", dropout_where),
    ("binomial mask", dropout_binomial),
    ("zeroed copy", dropout_copy),
]
DROPOUT_WRONG = [
    (
        "not scaled",
        lambda x, r, g: x * (g.random(x.shape) >= r),
        ("the kept values are unchanged", "남긴 값이 그대로입니다"),
    ),
    (
        "multiplied",
        lambda x, r, g: x * (g.random(x.shape) >= r) * (1 - r),
        ("don't multiply", "곱하지 말고"),
    ),
    (
        "rate kept",
        lambda x, r, g: x * (g.random(x.shape) < r) / (1 - r),
        ("rate is the share set", "rate는 0으로 만드는 비율입니다"),
    ),
    (
        "np.random",
        dropout_global,
        ("from np.random", "np.random이 아니라 넘겨받은 rng에서 뽑으십시오"),
    ),
    (
        "in place",
        dropout_in_place,
        ("dropout changed x itself", "dropout 함수가 x 자체를 바꿨습니다"),
    ),
    (
        "the mask",
        lambda x, r, g: (g.random(x.shape) >= r) * 1.0,
        ("that is the mask", "그것은 마스크"),
    ),
    (
        "no mask",
        lambda x, r, g: x / (1 - r),
        ("none was set to zero", "0이 된 값은 하나도 없습니다"),
    ),
    (
        "typed in",
        lambda x, r, g: DROPOUT_FIRST,
        (
            "returned shape (100, 80), expected x's shape",
            "반환한 형태는 (100, 80)이지만 x의 형태와 같은",
        ),
    ),
    (
        "all zero",
        lambda x, r, g: np.zeros_like(x),
        ("every value was set to zero", "모든 값이 0이 되었습니다"),
    ),
]


@pytest.mark.parametrize(("name", "answer"), DROPOUT_CORRECT, ids=ids(DROPOUT_CORRECT))
def test_dropout_accepts(name, answer, capsys):
    accepted(capsys, checks.check_dropout, answer)


@pytest.mark.parametrize(("name", "answer", "hint"), DROPOUT_WRONG, ids=ids(DROPOUT_WRONG))
def test_dropout_refuses(name, answer, hint, capsys):
    refused(capsys, checks.check_dropout, answer, hint)
