"""helpers.checks: every solution passes, every named mistake gets its hint, nonsense gets words.

A checker prints one verdict line and returns True/False; it must never raise.
"""

import runpy
from pathlib import Path

import numpy as np
import pytest

from helpers import checks
from helpers.checks._verdict import (
    CHECKER_ERRORS,
    CHECKER_FAILED,
    NOT_DONE,
    NOT_YET,
    PASSED,
    CheckerError,
    call_learner,
    checker,
)
from helpers.reference import simple_rnn_forward

SOLUTIONS = Path(__file__).resolve().parent.parent / "notebooks" / "solutions"


@pytest.fixture(scope="module")
def keras():
    """Keras with TensorFlow's start-up logging quiet (set before the first import)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
        patch.setenv("TF_ENABLE_ONEDNN_OPTS", "0")
        import keras

        yield keras


def verdict(capsys, check, *answer):
    """Run a checker; return (its bool, the one line it printed)."""
    result = check(*answer)
    lines = capsys.readouterr().out.splitlines()
    assert isinstance(result, bool)
    assert len(lines) == 1, lines
    return result, lines[0]


def assert_hint(capsys, check, answer, hint):
    result, line = verdict(capsys, check, *answer)
    assert result is False
    assert line.startswith(NOT_YET), line
    assert hint in line, line


# --- every solution file passes its checker ----------------------------------------------------

SOLUTION_FILES = sorted(SOLUTIONS.glob("*.py"))


def test_there_are_solutions():
    assert len(SOLUTION_FILES) >= 2 * 6


@pytest.mark.parametrize("path", SOLUTION_FILES, ids=lambda p: p.stem)
def test_solution_passes_its_checker(path, capsys, keras):
    namespace = runpy.run_path(str(path))
    out = capsys.readouterr().out
    assert namespace["done"] is True, out
    assert out.splitlines()[-1].startswith(PASSED), out


# --- 01: the batched memory cell ----------------------------------------------------------------


def cell(change):
    """A batched memory cell with one deliberate change to the reference."""

    def batched_memory_cell(inputs, kernel, recurrent_kernel, bias):
        return change(inputs, kernel, recurrent_kernel, bias)

    return batched_memory_cell


def no_recurrence(x, k, r, b):
    return np.tanh(x @ k + b)


def no_tanh(x, k, r, b):
    h, states = np.zeros((x.shape[0], k.shape[1])), []
    for t in range(x.shape[1]):
        h = x[:, t] @ k + h @ r + b
        states.append(h)
    return np.stack(states, axis=1)


def one_step_late(x, k, r, b):
    h, states = np.zeros((x.shape[0], k.shape[1])), []
    for t in range(x.shape[1]):
        states.append(h)
        h = np.tanh(x[:, t] @ k + h @ r + b)
    return np.stack(states, axis=1)


def with_h0(x, k, r, b):
    states = simple_rnn_forward(x, k, r, b)
    return np.concatenate([np.zeros_like(states[:, :1]), states], axis=1)


@pytest.mark.parametrize(
    ("change", "hint"),
    [
        (lambda x, k, r, b: simple_rnn_forward(x, k, r, 0 * b), "the bias is missing"),
        (lambda x, k, r, b: simple_rnn_forward(x, k, r.T, b), "the recurrent kernel is transposed"),
        (lambda x, k, r, b: np.tanh(x[:, 0] @ k.T), "kernel (input_dim, units) = (4, 6)"),
        (lambda x, k, r, b: simple_rnn_forward(x, k, r, b)[:, -1], "you returned only the last"),
        (no_recurrence, "the state never feeds back"),
        (no_tanh, "tanh is missing"),
        (one_step_late, "your states are one step late"),
        (with_h0, "leave out h_0"),
        (lambda x, k, r, b: simple_rnn_forward(x, k, r, b) * 1.1, "the values differ"),
        (lambda x, k, r, b: "states", "should return a NumPy array, got str 'states'"),
        (lambda x, k, r, b: np.full((3, 5, 6), np.nan), "returned NaN or infinite values"),
        (lambda x, k, r, b: np.zeros((5, 6)), "gives the same states whatever the inputs"),
        (
            lambda x, k, r, b: np.zeros((x.shape[1], k.shape[1])),
            "returned shape (5, 6); expected (3, 5, 6)",
        ),
    ],
)
def test_batched_memory_cell_mistakes(change, hint, capsys):
    assert_hint(capsys, checks.check_batched_memory_cell, (cell(change),), hint)


def test_batched_memory_cell_stub_is_not_done(capsys):
    def batched_memory_cell(inputs, kernel, recurrent_kernel, bias):
        return None

    for answer in (batched_memory_cell, None):
        result, line = verdict(capsys, checks.check_batched_memory_cell, answer)
        assert result is False and line.startswith(NOT_DONE), line


# --- 01: the saturation scale -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "hint"),
    [
        (3.5, "at scale 3.5 only 46% of the states have |h| > 0.99"),
        (0.5, "at scale 0.5 only 0% of the states"),
        (5.0, "a smaller scale already saturates more than half of them"),
        (3.3, "scale 3.3 is not one of the candidates"),
        ("4.5", "scale should be a number from problem['scales'], got str '4.5'"),
        (True, "got bool True"),
        (float("nan"), "scale nan is not one of the candidates"),
        ([4.5], "got list [4.5]"),
    ],
)
def test_saturation_scale_mistakes(answer, hint, capsys):
    assert_hint(capsys, checks.check_saturation_scale, (answer,), hint)


def test_saturation_problem_shapes_and_stub(capsys):
    problem = checks.saturation_problem()
    assert problem["inputs"].shape == (10, 4) and problem["W_h"].shape == (8, 8)
    assert problem["scales"][0] == 0.5 and problem["scales"][-1] == 10.0
    result, line = verdict(capsys, checks.check_saturation_scale, None)
    assert result is False and line.startswith(NOT_DONE)


# --- 02: predicting parameters and shapes -------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "shape", "hint"),
    [
        (66, (16, 12, 6), "the bias is missing"),
        (36, (16, 12, 6), "the recurrent kernel is missing"),
        (42, (16, 12, 6), "the input kernel is missing"),
        (72 * 12, (16, 12, 6), "the sequence length never enters"),
        (72 * 16, (16, 12, 6), "the batch size never enters"),
        (78, (16, 12, 6), "use input_dim, not units"),
        (71, (16, 12, 6), "71 is not the count"),
        (72, (16, 6), "return_sequences=True keeps the time axis"),
        (72, (16, 12, 5), "the last axis holds the units"),
        (72, (12, 6), "the batch axis comes first"),
        (72, (None, 12, 6), "the batch here is known"),
        (72, 16, "output_shape should be a tuple, got int 16"),
        ("72", (16, 12, 6), "params should be a whole number, got str '72'"),
        (72.5, (16, 12, 6), "params should be a whole number (a count of parameters), got 72.5"),
        (float("nan"), (16, 12, 6), "params should be a whole number"),
    ],
)
def test_simple_rnn_prediction_mistakes(params, shape, hint, capsys):
    assert_hint(capsys, checks.check_simple_rnn_prediction, (params, shape), hint)


def test_simple_rnn_prediction_stub_and_list_shape(capsys):
    assert verdict(capsys, checks.check_simple_rnn_prediction, None, None)[1].startswith(NOT_DONE)
    assert verdict(capsys, checks.check_simple_rnn_prediction, 72, [16, 12, 6])[0] is True


# --- 02: porting the TensorFlow 1 snippet -------------------------------------------------------


def port(keras, shape=(5, 4), units=2, layer="SimpleRNN", extra_dense=False, **flags):
    def build_model():
        x = keras.Input(shape=shape)
        out = getattr(keras.layers, layer)(units, **flags)(x)
        outputs = list(out) if isinstance(out, (list, tuple)) else [out]
        if extra_dense:
            outputs[0] = keras.layers.Dense(2)(outputs[0])
        return keras.Model(x, outputs if len(outputs) > 1 else outputs[0])

    return build_model


BOTH = {"return_sequences": True, "return_state": True}


@pytest.mark.parametrize(
    ("kwargs", "hint"),
    [
        ({"return_sequences": True}, "also pass return_state=True"),
        ({}, "pass return_sequences=True and return_state=True"),
        ({"return_state": True}, "your first output is only the last state"),
        ({"units": 3, **BOTH}, "the outputs should be (3, 5, 2) and (3, 2)"),
        ({"shape": (4, 5), **BOTH}, "your model reads (4, 5)"),
        ({"layer": "LSTM", **BOTH}, "your model holds an LSTM"),
        ({"layer": "GRU", **BOTH}, "your model holds a GRU"),
        ({"extra_dense": True, **BOTH}, "the snippet is one SimpleRNN cell and nothing else"),
    ],
)
def test_tf1_port_mistakes(kwargs, hint, capsys, keras):
    assert_hint(capsys, checks.check_tf1_port, (port(keras, **kwargs),), hint)


def test_tf1_port_nonsense(capsys, keras):
    assert_hint(capsys, checks.check_tf1_port, (lambda: "model",), "should return a Keras model")
    assert_hint(capsys, checks.check_tf1_port, (lambda: keras.Sequential(),),
                "could not run on a batch of shape (3, 5, 4)")  # fmt: skip
    assert_hint(capsys, checks.check_tf1_port, (42,), "pass the function build_model itself")
    assert verdict(capsys, checks.check_tf1_port, lambda: None)[1].startswith(NOT_DONE)


# --- 03: many-to-one and aligned many-to-many ---------------------------------------------------


def classifier(keras, shape=(8, 3), sequences=False, classes=4, activation="softmax", rnn=True):
    def build():
        layers = [keras.Input(shape=shape)]
        if rnn:
            layers.append(keras.layers.SimpleRNN(5, return_sequences=sequences))
        else:
            layers.append(keras.layers.Flatten())
        layers.append(keras.layers.Dense(classes, activation=activation))
        return keras.Sequential(layers)

    return build


@pytest.mark.parametrize(
    ("check", "kwargs", "hint"),
    [
        ("many_to_one", {"sequences": True}, "Drop return_sequences=True"),
        ("many_to_one", {"activation": None}, "end with a softmax"),
        ("many_to_one", {"classes": 3}, "The last Dense layer needs 4 units"),
        ("many_to_one", {"shape": (3, 8)}, "use keras.Input(shape=(8, 3))"),
        ("many_to_one", {"rnn": False}, "there is no recurrent layer"),
        ("aligned_many_to_many", {}, "Did you pass return_sequences=True?"),
        ("aligned_many_to_many", {"sequences": True, "activation": "relu"}, "softmax"),
    ],
)
def test_classifier_mistakes(check, kwargs, hint, capsys, keras):
    checker = getattr(checks, f"check_{check}")
    assert_hint(capsys, checker, (classifier(keras, **kwargs),), hint)


def test_classifier_nonsense(capsys):
    for answer in ("model", 3, [1, 2]):
        assert_hint(capsys, checks.check_many_to_one, (answer,), "pass the function")
    assert_hint(capsys, checks.check_aligned_many_to_many, (lambda: object(),), "a Keras model")


# --- 03: sliding windows ------------------------------------------------------------------------


def windows(targets_from, n_extra=0, width_extra=0):
    def make_windows(series, window):
        n = len(series) - window + n_extra
        inputs = np.stack([series[i : i + window + width_extra] for i in range(n)])
        return inputs, np.array([targets_from(series, i, window) for i in range(n)])

    return make_windows


@pytest.mark.parametrize(
    ("make_windows", "hint"),
    [
        (windows(lambda s, i, w: s[i + w - 1]), "off by one: each target is its window's own"),
        (windows(lambda s, i, w: s[i + w], n_extra=1), "an index out of range usually means"),
        (windows(lambda s, i, w: s[min(i + w, len(s) - 1)], n_extra=1), "one window too many"),
        (
            windows(lambda s, i, w: s[i + w - 1], width_extra=-1),
            "each window should hold 3 values, yours hold 2",
        ),
        (windows(lambda s, i, w: s[i + w] * 2), "the targets should be the value after"),
        (lambda series, window: series, "should return two arrays"),
        (lambda series, window: (series, series), "returned shape (7,), expected (4, 3)"),
    ],
)
def test_make_windows_mistakes(make_windows, hint, capsys):
    assert_hint(capsys, checks.check_make_windows, (make_windows,), hint)


# --- 04: the backward direction -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("backward_states", "hint"),
    [
        (lambda x, k, r, b: simple_rnn_forward(x, k, r, b), "you ran the sequence forwards"),
        (lambda x, k, r, b: simple_rnn_forward(x[:, ::-1], k, r, b), "right states, wrong order"),
        (
            lambda x, k, r, b: simple_rnn_forward(x[:, ::-1], k, r, 0 * b)[:, ::-1],
            "the bias is missing",
        ),
        (lambda x, k, r, b: np.tanh(simple_rnn_forward(x[:, ::-1], k, r, b)[:, ::-1]), "differ"),
        (lambda x, k, r, b: simple_rnn_forward(x, k, r, b)[:, -1], "expected (2, 6, 4)"),
        (lambda x, k, r, b: x @ k.T, "backward_states raised ValueError"),
        (lambda x, k, r, b: [["a"]], "should return a NumPy array"),
    ],
)
def test_backward_direction_mistakes(backward_states, hint, capsys, keras):
    assert_hint(capsys, checks.check_backward_direction, (backward_states,), hint)


# --- 04: parameters of a bidirectional stack ----------------------------------------------------


@pytest.mark.parametrize(
    ("count", "hint"),
    [
        (lambda u, d, n: u * (u + d + 1) + (n - 1) * u * (3 * u + 1), "multiply by 2"),
        (lambda u, d, n: n * 2 * u * (u + d + 1), "only the first layer reads input_dim"),
        (lambda u, d, n: 2 * u * (u + d + 1) + (n - 1) * 2 * u * (2 * u + 1), "not units"),
        (lambda u, d, n: 2 * u * (u + d) + (n - 1) * 2 * u * 3 * u, "the bias is missing"),
        (lambda u, d, n: 1408, "returns 1408 whatever the stack"),
        (lambda u, d, n: 1408.5, "should be a whole number (a count of parameters), got 1408.5"),
        (lambda u, d, n: "1408", "got str '1408'"),
        (lambda u: 1, "stack_param_count raised TypeError"),
    ],
)
def test_bidirectional_stack_params_mistakes(count, hint, capsys):
    assert_hint(capsys, checks.check_bidirectional_stack_params, (count,), hint)


def test_stack_formula_matches_keras(keras):
    from helpers.checks.bidirectional import _STACK_CASES, _stack_params

    for units, input_dim, depth in _STACK_CASES:
        model = keras.Sequential(
            [keras.Input(shape=(3, input_dim))]
            + [
                keras.layers.Bidirectional(keras.layers.SimpleRNN(units, return_sequences=True))
                for _ in range(depth)
            ]
        )
        assert model.count_params() == _stack_params(units, input_dim, depth)


# --- 05: the LSTM step -------------------------------------------------------------------------


def lstm_variant(**kwargs):
    from helpers.checks.gates import _step

    def lstm_step(x, h, c, kernel, recurrent_kernel, bias):
        return _step(x, h, c, kernel, recurrent_kernel, bias, **kwargs)

    return lstm_step


def lstm_no_bias(x, h, c, k, r, b):
    from helpers.checks.gates import _step

    return _step(x, h, c, k, r, 0 * b)


def lstm_swapped(x, h, c, k, r, b):
    from helpers.checks.gates import _step

    return _step(x, h, c, k, r, b)[::-1]


@pytest.mark.parametrize(
    ("lstm_step", "hint"),
    [
        (lstm_variant(order="icfo"), "gate order: you read the blocks as i, c, f, o"),
        (lstm_variant(order="fico"), "Keras uses i, f, c, o"),
        (lstm_no_bias, "the bias is missing"),
        (lstm_swapped, "h and c are swapped"),
        (lstm_variant(change="sigmoid candidate"), "the candidate uses tanh"),
        (lstm_variant(change="no input gate"), "the input gate is missing"),
        (lstm_variant(change="no forget gate"), "the forget gate is missing"),
        (lstm_variant(change="no tanh on c"), "h_t = o * tanh(c_t)"),
        (lambda x, h, c, k, r, b: np.zeros((2, 4)), "should return two arrays"),
        (lambda x, h, c, k, r, b: (h, c, c), "should return two arrays"),
        (lambda x, h, c, k, r, b: (np.zeros((4, 2)), c), "returned shape (4, 2), expected (2, 4)"),
        (lambda x, h, c, k, r, b: (h * 0, c * 0), "the values differ from Keras' LSTM"),
        (lambda x, h, c, k, r, b: x @ k.T, "split it into four blocks of 4 columns"),
    ],
)
def test_lstm_step_mistakes(lstm_step, hint, capsys):
    assert_hint(capsys, checks.check_lstm_step, (lstm_step,), hint)


def test_lstm_step_checker_agrees_with_keras(keras):
    """The checker's own step (its idea of "right") equals a Keras LSTM run for one step."""
    from helpers.checks.gates import _step, lstm_cases

    x, h, c, kernel, recurrent_kernel, bias = lstm_cases()[0]
    layer = keras.layers.LSTM(4, return_state=True)
    layer.build((None, 1, 3))
    layer.set_weights([kernel, recurrent_kernel, bias])
    _, h_keras, c_keras = layer(x[:, None, :].astype("float32"), initial_state=[h, c])
    h_mine, c_mine = _step(x, h, c, kernel, recurrent_kernel, bias)
    np.testing.assert_allclose(h_mine, keras.ops.convert_to_numpy(h_keras), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(c_mine, keras.ops.convert_to_numpy(c_keras), rtol=1e-5, atol=1e-6)


# --- 05: which gate keeps the cell state --------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "hint"),
    [
        ("A", "the input gate decides how much of the new candidate is written"),
        ("c", "the output gate decides how much of tanh(c_t) is read out"),
        (" D ", "the candidate is the new content proposed at this step"),
        ("E", "'E' is not one of the choices"),
        ("input or forget", "'input or forget' is not one of the choices"),
        (2, "answer with one letter as a string, e.g. 'A'; got int 2"),
        (["B"], "got list ['B']"),
    ],
)
def test_gate_question_mistakes(answer, hint, capsys):
    assert_hint(capsys, checks.check_gate_question, (answer,), hint)


def test_gate_question_accepts_lower_case(capsys):
    assert verdict(capsys, checks.check_gate_question, "b")[0] is True


# --- 05: GRU parameters -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "hint"),
    [
        (lambda u, d: 3 * u * (u + d + 1), "reset_after=True"),
        (lambda u, d: 4 * u * (u + d + 1), "that is the LSTM's count"),
        (lambda u, d: 3 * u * (u + d), "the biases are missing"),
        (lambda u, d: u * (u + d + 2), "multiply by 3"),
        (lambda u, d: 90, "returns 90 whatever the layer"),
        (lambda u, d: np.float64(180.5), "should be a whole number"),
    ],
)
def test_gru_param_count_mistakes(count, hint, capsys):
    assert_hint(capsys, checks.check_gru_param_count, (count,), hint)


def test_gru_formula_matches_keras(keras):
    from helpers.checks.gates import _GRU_CASES

    for units, input_dim in _GRU_CASES:
        layer = keras.layers.GRU(units)
        layer.build((None, 4, input_dim))
        assert layer.count_params() == 3 * units * (units + input_dim + 2)


# --- 06: a sentence of your own ----------------------------------------------------------------


def char_model(
    keras,
    timesteps,
    n_chars,
    units=None,
    sequences=True,
    activation=None,
    from_logits=True,
    learning_rate=0.1,
    compile_it=True,
):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input(shape=(timesteps, n_chars)),
            keras.layers.LSTM(units or n_chars, return_sequences=sequences),
            keras.layers.Dense(n_chars, activation=activation),
        ]
    )
    if compile_it:
        model.compile(
            optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
            loss=keras.losses.SparseCategoricalCrossentropy(from_logits=from_logits),
        )
    return model


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("hihello", "is the notebook's example"),
        ("if you want you", "is the notebook's example"),
        ("short", "'short' has 5 characters: use at least 8"),
        ("x" * 45, "text has 45 characters; this demo trains on at most 40"),
        (42, "my_text should be a string, got int 42"),
        (["a sentence"], "got list"),
    ],
)
def test_own_sentence_bad_text(text, hint, capsys):
    assert_hint(capsys, checks.check_own_sentence, (text, None), hint)


def test_own_sentence_model_mistakes(capsys, keras):
    text = "a rose is a rose"  # 15 steps, 7 characters
    untrained = char_model(keras, 15, 7)
    assert_hint(capsys, checks.check_own_sentence, (text, untrained), "characters right")
    other = char_model(keras, 6, 5)
    assert_hint(capsys, checks.check_own_sentence, (text, other), "the model reads (6, 5)")
    last_only = char_model(keras, 15, 7, sequences=False)
    assert_hint(capsys, checks.check_own_sentence, (text, last_only), "return_sequences=True")
    assert_hint(capsys, checks.check_own_sentence, (text, "model"), "a Keras model")
    result, line = verdict(capsys, checks.check_own_sentence, text, None)
    assert result is False and line.startswith(NOT_DONE)
    result, line = verdict(capsys, checks.check_own_sentence, None, None)
    assert result is False and line.startswith(NOT_DONE)


# --- 06: fewer epochs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "hint"),
    [
        ({"activation": "softmax"}, "so it applies softmax twice"),
        (
            {"from_logits": False},
            "use keras.losses.SparseCategoricalCrossentropy(from_logits=True)",
        ),
        ({"compile_it": False}, "compile the model first"),
        ({"sequences": False}, "Did you pass return_sequences=True?"),
        ({"learning_rate": 0.001}, "never predicted 'ihello' in 50 epochs"),
        ({"learning_rate": 0.03}, "not fewer yet"),
    ],
)
def test_fewer_epochs_mistakes(kwargs, hint, capsys, keras):
    def build_fast_model(timesteps, n_chars):
        return char_model(keras, timesteps, n_chars, **kwargs)

    assert_hint(capsys, checks.check_fewer_epochs, (build_fast_model,), hint)


def test_fewer_epochs_wrong_input_shape(capsys, keras):
    def build_fast_model(timesteps, n_chars):
        return char_model(keras, n_chars, timesteps)  # arguments swapped

    assert_hint(capsys, checks.check_fewer_epochs, (build_fast_model,), "it reads (5, 6)")


# --- every checker: nonsense input is answered in words -----------------------------------------

ONE_ARGUMENT_CHECKERS = [
    checks.check_batched_memory_cell,
    checks.check_saturation_scale,
    checks.check_tf1_port,
    checks.check_many_to_one,
    checks.check_aligned_many_to_many,
    checks.check_make_windows,
    checks.check_backward_direction,
    checks.check_bidirectional_stack_params,
    checks.check_lstm_step,
    checks.check_gate_question,
    checks.check_gru_param_count,
    checks.check_fewer_epochs,
    checks.check_step_back,
    checks.check_clip_gradients,
    checks.check_half_life,
    checks.check_best_update,
    checks.check_dropout,
]


@pytest.mark.parametrize("check", ONE_ARGUMENT_CHECKERS, ids=lambda c: c.__name__)
@pytest.mark.parametrize(
    "nonsense",
    [
        None,
        "text",
        float("nan"),
        np.zeros((2, 3)),
        [[1, 2], [3]],
        lambda *a: None,
        lambda *a: 1 / 0,
    ],
    ids=["None", "str", "nan", "array", "ragged", "stub", "crash"],
)
def test_nonsense_gets_a_message_not_a_traceback(check, nonsense, capsys, keras):
    result, line = verdict(capsys, check, nonsense)
    assert result is False
    assert line.startswith((NOT_YET, NOT_DONE)), line


# --- a bug in a checker is the course's, not the learner's ------------------------------------


@checker
def check_with_a_bug(answer):
    """A checker whose own code fails, whatever the answer."""
    expected = {"units": 8}
    return f"{answer} == {expected['unit']}"  # KeyError: a typo in the checker


@checker
def check_calling_the_learner(function):
    call_learner(function, "my_function", 3)
    return "it ran"


def test_a_crash_inside_a_checker_fails_the_test_suite(monkeypatch):
    monkeypatch.setenv(CHECKER_ERRORS, "raise")  # as tests/conftest.py sets it for every test
    with pytest.raises(CheckerError, match="check_with_a_bug failed: KeyError: 'unit'"):
        check_with_a_bug(42)


def test_a_learner_is_told_a_crash_inside_a_checker_is_not_their_mistake(monkeypatch, capsys):
    monkeypatch.delenv(CHECKER_ERRORS, raising=False)  # as in a learner's notebook
    result, line = verdict(capsys, check_with_a_bug, 42)
    assert result is False
    assert line.startswith(CHECKER_FAILED) and not line.startswith(NOT_YET), line
    assert "KeyError: 'unit'" in line and "not in your answer" in line, line


def test_a_crash_in_the_learners_code_is_still_their_mistake(monkeypatch, capsys):
    monkeypatch.setenv(CHECKER_ERRORS, "raise")

    def my_function(x):
        return x / 0

    assert_hint(capsys, check_calling_the_learner, (my_function,), "ZeroDivisionError")


# --- 07: one step back through tanh and W_h ----------------------------------------------------


def step(change):
    """A step_back with one deliberate change to W_h.T @ ((1 - h**2) * dh)."""

    def step_back(dh, h, W_h):
        return change(dh, h, W_h)

    return step_back


@pytest.mark.parametrize(
    ("change", "hint"),
    [
        (lambda dh, h, W: W.T @ dh, "tanh' is missing"),
        (lambda dh, h, W: W @ ((1 - h**2) * dh), "W_h is not transposed"),
        (lambda dh, h, W: W.T @ ((1 - h) * dh), "not 1 - h."),
        (lambda dh, h, W: W.T @ ((1 - np.tanh(h) ** 2) * dh), "do not apply np.tanh to h again"),
        (lambda dh, h, W: (1 - h**2) * (W.T @ dh), "tanh' is applied on the wrong side"),
        (lambda dh, h, W: (1 - h**2) * dh, "you returned the gradient at the pre-activation"),
        (lambda dh, h, W: W.T @ (1 - h**2) * dh * 1.5, "the values differ"),
        (lambda dh, h, W: np.outer(1 - h**2, dh), "a matrix: multiply elementwise"),
        (lambda dh, h, W: np.zeros(3), "gives the same answer whatever dh, h and W_h"),
        (lambda dh, h, W: np.zeros(len(dh) + 1), "returned shape (4,), expected (3,)"),
    ],
)
def test_step_back_mistakes(change, hint, capsys):
    assert_hint(capsys, checks.check_step_back, (step(change),), hint)


def test_step_back_stub_is_not_done(capsys):
    def step_back(dh, h, W_h):
        return None

    for answer in (step_back, None):
        result, line = verdict(capsys, checks.check_step_back, answer)
        assert result is False and line.startswith(NOT_DONE), line


# --- 07: clipping by global norm ---------------------------------------------------------------


def clipper(scale_of):
    """A clip_gradients that multiplies every gradient by scale_of(grads, max_norm, norm)."""

    def clip_gradients(grads, max_norm):
        norm = np.sqrt(sum((g**2).sum() for g in grads.values()))
        return {k: g * scale_of(grads, max_norm, norm) for k, g in grads.items()}

    return clip_gradients


def per_array(grads, max_norm):
    return {k: g * min(1.0, max_norm / np.linalg.norm(g)) for k, g in grads.items()}


@pytest.mark.parametrize(
    ("clip", "hint"),
    [
        (per_array, "that is Keras' clipnorm"),
        (lambda g, m: {k: np.clip(v, -m, m) for k, v in g.items()}, "Keras' clipvalue"),
        (clipper(lambda g, m, n: m / n), "you also scaled gradients whose global norm is below"),
        (clipper(lambda g, m, n: min(1.0, m / n**2)), "np.sqrt is missing"),
        (clipper(lambda g, m, n: max(1.0, n / m)), "the factor is upside down"),
        (clipper(lambda g, m, n: min(1.0, m / n) * 0.9), "case 1 (global norm 12, max_norm 1)"),
        (lambda g, m: list(g.values()), "should return a dict of clipped gradients"),
        (lambda g, m: {"W": 0}, "returned the keys ['W']"),
        (lambda g, m: {k: v.T for k, v in g.items()}, "returned shape (3, 4), expected (4, 3)"),
    ],
)
def test_clip_gradients_mistakes(clip, hint, capsys):
    assert_hint(capsys, checks.check_clip_gradients, (clip,), hint)


def test_clip_gradients_stub_is_not_done(capsys):
    result, line = verdict(capsys, checks.check_clip_gradients, lambda grads, max_norm: None)
    assert result is False and line.startswith(NOT_DONE), line


# --- 08: perplexity from logits ----------------------------------------------------------------


def log_softmax(logits):
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def losses_of(logits, targets):
    return -log_softmax(logits)[np.arange(len(targets)), targets]


@pytest.mark.parametrize(
    ("answer", "hint"),
    [
        (lambda lg, t: losses_of(lg, t).mean(), "that is the cross-entropy"),
        (lambda lg, t: np.exp(losses_of(lg, t)).mean(), "you averaged the per-character"),
        (lambda lg, t: np.exp(losses_of(lg, t).sum()), "you summed the losses"),
        (lambda lg, t: 2 ** losses_of(lg, t).mean(), "not 2 ** mean loss"),
        (lambda lg, t: np.exp(-lg[np.arange(len(t)), t].mean()), "not -logits[target]"),
        (lambda lg, t: np.exp(-log_softmax(lg).max(axis=1).mean()), "the most likely character"),
        (lambda lg, t: np.exp(losses_of(lg, t).mean()) * 1.1, "the perplexity is"),
        (lambda lg, t: 7.5, "gives the same answer whatever the logits and targets"),
        (lambda lg, t: np.exp(losses_of(lg, t)), "returned an array of shape (7,)"),
        (lambda lg, t: float("inf"), "returned inf"),
    ],
)
def test_perplexity_mistakes(answer, hint, capsys):
    assert_hint(capsys, checks.check_perplexity, (answer,), hint)


def test_perplexity_stub_is_not_done(capsys):
    result, line = verdict(capsys, checks.check_perplexity, lambda logits, targets: None)
    assert result is False and line.startswith(NOT_DONE), line


# --- 08: probabilities at a temperature --------------------------------------------------------


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


@pytest.mark.parametrize(
    ("answer", "hint"),
    [
        (lambda z, t: softmax(z * t), "you multiplied the logits by the temperature"),
        (lambda z, t: softmax(z) ** (1 / t), "no longer sums to 1"),
        (lambda z, t: softmax(z) / t, "dividing the probabilities by the temperature"),
        (lambda z, t: z / t, "those are the scaled logits"),
        (lambda z, t: np.exp(z / t), "must be divided by its sum"),
        (lambda z, t: softmax(z), "at temperature 1 in every case"),
        (lambda z, t: softmax(z / t) * 0.9, "case 1 (temperature 0.5, 6 characters)"),
        (lambda z, t: np.full(6, 1 / 6), "returned shape (6,), expected (11,)"),
        (lambda z, t: np.ones(len(z)) / len(z), "case 1 (temperature 0.5, 6 characters)"),
        (lambda z, t: int(np.argmax(z)), "one character's index"),
    ],
)
def test_temperature_probs_mistakes(answer, hint, capsys):
    assert_hint(capsys, checks.check_temperature_probs, (answer,), hint)


def test_temperature_probs_stub_is_not_done(capsys):
    result, line = verdict(capsys, checks.check_temperature_probs, lambda logits, t: None)
    assert result is False and line.startswith(NOT_DONE), line
