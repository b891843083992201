"""helpers.checks: every solution passes, every named mistake gets its hint, nonsense gets words.

A checker prints one verdict line and returns True/False; it must never raise. It speaks English or
Korean (helpers.i18n): every verdict here is checked in both, each hint as a pair (English text,
Korean text) that the line in that language must show, after that language's prefix.
"""

import ast
import re
import runpy
from pathlib import Path

import numpy as np
import pytest

from helpers import checks
from helpers.checks._verdict import (
    CHECKER_ERRORS,
    CHECKER_FAILED,
    NOT_YET,
    NOT_YET_KO,
    PASSED_KO,
    CheckerError,
    call_learner,
    checker,
)
from helpers.i18n import speaking
from helpers.reference import simple_rnn_forward
from tests.checker_verdicts import HANGUL, PREFIXES, verdict, verdicts

SOLUTIONS = Path(__file__).resolve().parent.parent / "notebooks" / "solutions"


@pytest.fixture(scope="module")
def keras():
    """Keras with TensorFlow's start-up logging quiet (set before the first import)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
        patch.setenv("TF_ENABLE_ONEDNN_OPTS", "0")
        import keras

        yield keras


def assert_hint(capsys, check, answer, hint):
    """A ❌ verdict in both languages; ``hint`` is (English text, Korean text), each in its line."""
    english, korean = hint
    lines = verdicts(capsys, check, *answer, kind="not_yet")
    assert english in lines["en"], lines["en"]
    assert korean in lines["ko"], lines["ko"]


def assert_not_done(capsys, check, *answer, message=("", "")):
    """A ⏳ verdict in both languages, each showing its half of ``message`` (English, Korean)."""
    english, korean = message
    lines = verdicts(capsys, check, *answer, kind="not_done")
    assert english in lines["en"], lines["en"]
    assert korean in lines["ko"], lines["ko"]


def assert_passes(capsys, check, *answer):
    """A ✅ verdict in both languages."""
    verdicts(capsys, check, *answer, kind="passed")


def english(value):
    """A test id from a hint pair: its English text."""
    pair = isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)
    return value[0] if pair else None


# --- every solution file passes its checker ----------------------------------------------------

SOLUTION_FILES = sorted(SOLUTIONS.glob("*.py"))


def test_there_are_solutions():
    assert len(SOLUTION_FILES) >= 2 * 6


@pytest.mark.parametrize("language", PREFIXES)
@pytest.mark.parametrize("path", SOLUTION_FILES, ids=lambda p: p.stem)
def test_solution_passes_its_checker(path, language, capsys, keras):
    with speaking(language):
        namespace = runpy.run_path(str(path))
    out = capsys.readouterr().out
    assert namespace["done"] is True, out
    last = out.splitlines()[-1]
    assert last.startswith(PREFIXES[language]["passed"] + " "), out
    if language == "ko":
        assert HANGUL.search(last[len(PASSED_KO) :]), last


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
        (
            lambda x, k, r, b: simple_rnn_forward(x, k, r, 0 * b),
            ("the bias is missing", "편향이 빠졌습니다"),
        ),
        (
            lambda x, k, r, b: simple_rnn_forward(x, k, r.T, b),
            ("the recurrent kernel is transposed", "순환 커널이 전치되어 있습니다"),
        ),
        (
            lambda x, k, r, b: np.tanh(x[:, 0] @ k.T),
            (
                "kernel (input_dim, units) = (4, 6)",
                "kernel의 형태는 (input_dim, units) = (4, 6)입니다",
            ),
        ),
        (
            lambda x, k, r, b: simple_rnn_forward(x, k, r, b)[:, -1],
            ("you returned only the last", "마지막 시점의 은닉 상태만 반환했습니다"),
        ),
        (
            no_recurrence,
            ("the state never feeds back", "은닉 상태가 다음 시점으로 되돌아가지 않습니다"),
        ),
        (no_tanh, ("tanh is missing", "tanh 활성화 함수가 빠졌습니다")),
        (one_step_late, ("your states are one step late", "은닉 상태가 한 시점씩 늦습니다")),
        (with_h0, ("leave out h_0", "h_0 상태는 빼십시오")),
        (
            lambda x, k, r, b: simple_rnn_forward(x, k, r, b) * 1.1,
            ("the values differ", "형태는 맞지만 값이 다릅니다"),
        ),
        (
            lambda x, k, r, b: "states",
            (
                "should return a NumPy array, got str 'states'",
                "NumPy 배열을 반환해야 합니다(받은 값: ",
            ),
        ),
        (
            lambda x, k, r, b: np.full((3, 5, 6), np.nan),
            ("returned NaN or infinite values", "NaN이나 무한대 값을 반환했습니다"),
        ),
        (
            lambda x, k, r, b: np.zeros((5, 6)),
            (
                "gives the same states whatever the inputs",
                "입력이 달라도 늘 같은 상태를 반환합니다",
            ),
        ),
        (
            lambda x, k, r, b: np.zeros((x.shape[1], k.shape[1])),
            (
                "returned shape (5, 6); expected (3, 5, 6)",
                "반환한 형태는 (5, 6)입니다. 기대한 형태는 (3, 5, 6)",
            ),
        ),
    ],
    ids=english,
)
def test_batched_memory_cell_mistakes(change, hint, capsys):
    assert_hint(capsys, checks.check_batched_memory_cell, (cell(change),), hint)


def test_batched_memory_cell_stub_is_not_done(capsys):
    def batched_memory_cell(inputs, kernel, recurrent_kernel, bias):
        return None

    assert_not_done(
        capsys,
        checks.check_batched_memory_cell,
        batched_memory_cell,
        message=("returns None", "반환값이 None입니다"),
    )
    assert_not_done(
        capsys,
        checks.check_batched_memory_cell,
        None,
        message=("define batched_memory_cell", "batched_memory_cell 함수를 정의하고"),
    )


# --- 01: the saturation scale -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "hint"),
    [
        (
            3.5,
            (
                "at scale 3.5 only 46% of the states have |h| > 0.99",
                "scale 3.5에서 |h| > 0.99인 은닉 상태는 46%뿐입니다",
            ),
        ),
        (
            0.5,
            (
                "at scale 0.5 only 0% of the states",
                "scale 0.5에서 |h| > 0.99인 은닉 상태는 0%뿐입니다",
            ),
        ),
        (
            5.0,
            (
                "a smaller scale already saturates more than half of them",
                "더 작은 scale에서 이미 절반 넘게 포화됩니다",
            ),
        ),
        (3.3, ("scale 3.3 is not one of the candidates", "scale 3.3: 선택지")),
        (
            "4.5",
            (
                "scale should be a number from problem['scales'], got str '4.5'",
                "scale은 problem['scales']에 있는 숫자여야 합니다(받은 값: ",
            ),
        ),
        (True, ("got bool True", "scale은 problem['scales']에 있는 숫자여야 합니다(받은 값: ")),
        (float("nan"), ("scale nan is not one of the candidates", "scale nan: 선택지")),
        ([4.5], ("got list [4.5]", "scale은 problem['scales']에 있는 숫자여야 합니다(받은 값: ")),
    ],
    ids=english,
)
def test_saturation_scale_mistakes(answer, hint, capsys):
    assert_hint(capsys, checks.check_saturation_scale, (answer,), hint)


def test_saturation_problem_shapes_and_stub(capsys):
    problem = checks.saturation_problem()
    assert problem["inputs"].shape == (10, 4) and problem["W_h"].shape == (8, 8)
    assert problem["scales"][0] == 0.5 and problem["scales"][-1] == 10.0
    assert_not_done(
        capsys,
        checks.check_saturation_scale,
        None,
        message=("set scale to the smallest value", "포화를 일으키는 가장 작은 값"),
    )


# --- 02: predicting parameters and shapes -------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "shape", "hint"),
    [
        (66, (16, 12, 6), ("the bias is missing", "편향이 빠졌습니다: 유닛마다")),
        (36, (16, 12, 6), ("the recurrent kernel is missing", "순환 커널이 빠졌습니다")),
        (42, (16, 12, 6), ("the input kernel is missing", "입력 커널이 빠졌습니다")),
        (
            72 * 12,
            (16, 12, 6),
            ("the sequence length never enters", "시퀀스 길이는 들어가지 않습니다"),
        ),
        (72 * 16, (16, 12, 6), ("the batch size never enters", "배치 크기는 들어가지 않습니다")),
        (78, (16, 12, 6), ("use input_dim, not units", "units가 아니라 input_dim을 쓰십시오")),
        (71, (16, 12, 6), ("71 is not the count", "71개는 올바른 파라미터 수가 아닙니다")),
        (
            72,
            (16, 6),
            (
                "return_sequences=True keeps the time axis",
                "return_sequences=True이면 시간 축이 남습니다",
            ),
        ),
        (
            72,
            (16, 12, 5),
            ("the last axis holds the units", "마지막 축은 입력 특성이 아니라 units"),
        ),
        (72, (12, 6), ("the batch axis comes first", "배치 축이 맨 앞에 옵니다")),
        (72, (None, 12, 6), ("the batch here is known", "여기서는 배치 크기를 압니다")),
        (
            72,
            16,
            (
                "output_shape should be a tuple, got int 16",
                "output_shape는 튜플이어야 합니다(받은 값: ",
            ),
        ),
        (
            "72",
            (16, 12, 6),
            ("params should be a whole number, got str '72'", "params: 정수여야 합니다(받은 값: "),
        ),
        (
            72.5,
            (16, 12, 6),
            (
                "params should be a whole number (a count of parameters), got 72.5",
                "params: 정수(파라미터 수)여야 합니다(받은 값: 72.5)",
            ),
        ),
        (float("nan"), (16, 12, 6), ("params should be a whole number", "params: 정수")),
    ],
    ids=english,
)
def test_simple_rnn_prediction_mistakes(params, shape, hint, capsys):
    assert_hint(capsys, checks.check_simple_rnn_prediction, (params, shape), hint)


def test_simple_rnn_prediction_stub_and_list_shape(capsys):
    assert_not_done(
        capsys,
        checks.check_simple_rnn_prediction,
        None,
        None,
        message=("fill in both", "모두 채우십시오"),
    )
    assert_passes(capsys, checks.check_simple_rnn_prediction, 72, [16, 12, 6])


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
        ({"return_sequences": True}, ("also pass return_state=True", "return_state=True도 넘기고")),
        (
            {},
            (
                "pass return_sequences=True and return_state=True",
                "return_sequences=True와 return_state=True를 넘기십시오",
            ),
        ),
        (
            {"return_state": True},
            (
                "your first output is only the last state",
                "첫 번째 출력이 마지막 시점의 은닉 상태뿐입니다",
            ),
        ),
        (
            {"units": 3, **BOTH},
            (
                "the outputs should be (3, 5, 2) and (3, 2)",
                "출력의 형태는 (3, 5, 2), (3, 2)이어야 하는데",
            ),
        ),
        (
            {"shape": (4, 5), **BOTH},
            ("your model reads (4, 5)", "지금 모델이 읽는 형태는 (4, 5)입니다"),
        ),
        ({"layer": "LSTM", **BOTH}, ("your model holds an LSTM", "모델에 LSTM 층이 들어 있습니다")),
        ({"layer": "GRU", **BOTH}, ("your model holds a GRU", "모델에 GRU 층이 들어 있습니다")),
        (
            {"extra_dense": True, **BOTH},
            (
                "the snippet is one SimpleRNN cell and nothing else",
                "코드 조각은 SimpleRNN 셀 하나뿐입니다",
            ),
        ),
    ],
    ids=english,
)
def test_tf1_port_mistakes(kwargs, hint, capsys, keras):
    assert_hint(capsys, checks.check_tf1_port, (port(keras, **kwargs),), hint)


def test_tf1_port_nonsense(capsys, keras):
    assert_hint(
        capsys,
        checks.check_tf1_port,
        (lambda: "model",),
        ("should return a Keras model", "Keras 모델을 반환해야 합니다"),
    )
    assert_hint(
        capsys,
        checks.check_tf1_port,
        (lambda: keras.Sequential(),),
        (
            "could not run on a batch of shape (3, 5, 4)",
            "형태가 (3, 5, 4)인 배치를 처리하지 못했습니다",
        ),
    )
    assert_hint(
        capsys,
        checks.check_tf1_port,
        (42,),
        ("pass the function build_model itself", "함수 build_model 자체를 넘기십시오"),
    )
    assert_not_done(
        capsys,
        checks.check_tf1_port,
        lambda: None,
        message=("build_model returns None", "build_model의 반환값이 None입니다"),
    )


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
        (
            "many_to_one",
            {"sequences": True},
            ("Drop return_sequences=True", "return_sequences=True를 빼십시오"),
        ),
        (
            "many_to_one",
            {"activation": None},
            ("end with a softmax", "모델을 소프트맥스로 끝내십시오"),
        ),
        (
            "many_to_one",
            {"classes": 3},
            ("The last Dense layer needs 4 units", "마지막 Dense 층에는 units가 4개 필요합니다"),
        ),
        (
            "many_to_one",
            {"shape": (3, 8)},
            ("use keras.Input(shape=(8, 3))", "keras.Input(shape=(8, 3))에서 시작하십시오"),
        ),
        ("many_to_one", {"rnn": False}, ("there is no recurrent layer", "순환 층이 없습니다")),
        (
            "aligned_many_to_many",
            {},
            ("Did you pass return_sequences=True?", "return_sequences=True를 넘겼습니까?"),
        ),
        (
            "aligned_many_to_many",
            {"sequences": True, "activation": "relu"},
            ("softmax", "소프트맥스"),
        ),
    ],
    ids=english,
)
def test_classifier_mistakes(check, kwargs, hint, capsys, keras):
    checker = getattr(checks, f"check_{check}")
    assert_hint(capsys, checker, (classifier(keras, **kwargs),), hint)


def test_classifier_nonsense(capsys):
    for answer in ("model", 3, [1, 2]):
        assert_hint(
            capsys, checks.check_many_to_one, (answer,), ("pass the function", "자체를 넘기십시오")
        )
    assert_hint(
        capsys,
        checks.check_aligned_many_to_many,
        (lambda: object(),),
        ("a Keras model", "Keras 모델을 반환해야 합니다"),
    )


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
        (
            windows(lambda s, i, w: s[i + w - 1]),
            (
                "off by one: each target is its window's own",
                "하나씩 어긋났습니다: 각 목표값이 자기 윈도의 마지막 값입니다",
            ),
        ),
        (
            windows(lambda s, i, w: s[i + w], n_extra=1),
            ("an index out of range usually means", "인덱스가 범위를 벗어났다면 대개"),
        ),
        (
            windows(lambda s, i, w: s[min(i + w, len(s) - 1)], n_extra=1),
            ("one window too many", "윈도가 하나 더 많습니다"),
        ),
        (
            windows(lambda s, i, w: s[i + w - 1], width_extra=-1),
            (
                "each window should hold 3 values, yours hold 2",
                "윈도마다 값이 3개 있어야 하는데 여러분의 윈도에는 2개 있습니다",
            ),
        ),
        (
            windows(lambda s, i, w: s[i + w] * 2),
            ("the targets should be the value after", "목표값은 각 윈도 바로 다음 값이어야 합니다"),
        ),
        (
            lambda series, window: series,
            ("should return two arrays", "함수는 배열 두 개를 반환해야 합니다"),
        ),
        (
            lambda series, window: (series, series),
            (
                "returned shape (7,), expected (4, 3)",
                "반환한 형태는 (7,)이지만 (4, 3)이어야 합니다",
            ),
        ),
    ],
    ids=english,
)
def test_make_windows_mistakes(make_windows, hint, capsys):
    assert_hint(capsys, checks.check_make_windows, (make_windows,), hint)


# --- 04: the backward direction -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("backward_states", "hint"),
    [
        (
            lambda x, k, r, b: simple_rnn_forward(x, k, r, b),
            ("you ran the sequence forwards", "시퀀스를 정방향으로 실행했습니다"),
        ),
        (
            lambda x, k, r, b: simple_rnn_forward(x[:, ::-1], k, r, b),
            ("right states, wrong order", "은닉 상태는 맞지만 순서가 틀렸습니다"),
        ),
        (
            lambda x, k, r, b: simple_rnn_forward(x[:, ::-1], k, r, 0 * b)[:, ::-1],
            ("the bias is missing", "편향이 빠졌습니다: 모든 시점에서"),
        ),
        (
            lambda x, k, r, b: np.tanh(simple_rnn_forward(x[:, ::-1], k, r, b)[:, ::-1]),
            ("differ", "역방향 절반과 다릅니다"),
        ),
        (
            lambda x, k, r, b: simple_rnn_forward(x, k, r, b)[:, -1],
            ("expected (2, 6, 4)", "(2, 6, 4)이어야 합니다"),
        ),
        (
            lambda x, k, r, b: x @ k.T,
            (
                "backward_states raised ValueError",
                "backward_states에서 오류가 났습니다: ValueError",
            ),
        ),
        (
            lambda x, k, r, b: [["a"]],
            ("should return a NumPy array", "NumPy 배열을 반환해야 합니다"),
        ),
    ],
    ids=english,
)
def test_backward_direction_mistakes(backward_states, hint, capsys, keras):
    assert_hint(capsys, checks.check_backward_direction, (backward_states,), hint)


# --- 04: parameters of a bidirectional stack ----------------------------------------------------


@pytest.mark.parametrize(
    ("count", "hint"),
    [
        (
            lambda u, d, n: u * (u + d + 1) + (n - 1) * u * (3 * u + 1),
            ("multiply by 2", "2를 곱하십시오"),
        ),
        (
            lambda u, d, n: n * 2 * u * (u + d + 1),
            (
                "only the first layer reads input_dim",
                "input_dim개의 특성을 읽는 것은 첫 층뿐입니다",
            ),
        ),
        (
            lambda u, d, n: 2 * u * (u + d + 1) + (n - 1) * 2 * u * (2 * u + 1),
            ("not units", "units개가 아니라"),
        ),
        (
            lambda u, d, n: 2 * u * (u + d) + (n - 1) * 2 * u * 3 * u,
            ("the bias is missing", "편향이 빠졌습니다: 모든 층에"),
        ),
        (
            lambda u, d, n: 1408,
            ("returns 1408 whatever the stack", "어떤 스택이든 항상 같은 값(1408)을 반환합니다"),
        ),
        (
            lambda u, d, n: 1408.5,
            (
                "should be a whole number (a count of parameters), got 1408.5",
                "정수(파라미터 수)여야 합니다(받은 값: 1408.5)",
            ),
        ),
        (
            lambda u, d, n: "1408",
            ("got str '1408'", "stack_param_count의 답: 정수여야 합니다(받은 값: "),
        ),
        (
            lambda u: 1,
            (
                "stack_param_count raised TypeError",
                "stack_param_count에서 오류가 났습니다: TypeError",
            ),
        ),
    ],
    ids=english,
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
        (
            lstm_variant(order="icfo"),
            (
                "gate order: you read the blocks as i, c, f, o",
                "게이트 순서: 블록을 i, c, f, o 순서로 읽었습니다",
            ),
        ),
        (lstm_variant(order="fico"), ("Keras uses i, f, c, o", "Keras의 순서는 i, f, c, o입니다")),
        (lstm_no_bias, ("the bias is missing", "편향이 빠졌습니다: 게이트의 활성화 전 값에")),
        (lstm_swapped, ("h and c are swapped", "h와 c가 뒤바뀌었습니다")),
        (
            lstm_variant(change="sigmoid candidate"),
            ("the candidate uses tanh", "후보 값의 활성화 함수는 시그모이드가 아니라 tanh입니다"),
        ),
        (
            lstm_variant(change="no input gate"),
            ("the input gate is missing", "입력 게이트가 빠졌습니다"),
        ),
        (
            lstm_variant(change="no forget gate"),
            ("the forget gate is missing", "망각 게이트가 빠졌습니다"),
        ),
        (
            lstm_variant(change="no tanh on c"),
            ("h_t = o * tanh(c_t)", "셀 상태를 tanh에 통과시켜 읽습니다: h_t = o * tanh(c_t)"),
        ),
        (
            lambda x, h, c, k, r, b: np.zeros((2, 4)),
            ("should return two arrays", "배열 두 개, 곧 새 h와 새 c를 반환해야 합니다"),
        ),
        (
            lambda x, h, c, k, r, b: (h, c, c),
            ("should return two arrays", "배열 두 개, 곧 새 h와 새 c를 반환해야 합니다"),
        ),
        (
            lambda x, h, c, k, r, b: (np.zeros((4, 2)), c),
            (
                "returned shape (4, 2), expected (2, 4)",
                "반환한 형태는 (4, 2)이지만 (2, 4)이어야 합니다",
            ),
        ),
        (
            lambda x, h, c, k, r, b: (h * 0, c * 0),
            ("the values differ from Keras' LSTM", "값이 Keras의 LSTM과 다릅니다"),
        ),
        (
            lambda x, h, c, k, r, b: x @ k.T,
            ("split it into four blocks of 4 columns", "4열씩 네 블록으로 나누십시오"),
        ),
    ],
    ids=english,
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
        (
            "A",
            (
                "the input gate decides how much of the new candidate is written",
                "입력 게이트는 새 후보 값을 c_t에 얼마나 쓸지 정합니다",
            ),
        ),
        (
            "c",
            (
                "the output gate decides how much of tanh(c_t) is read out",
                "출력 게이트는 tanh(c_t)를 h_t로 얼마나 읽어 낼지 정합니다",
            ),
        ),
        (
            " D ",
            (
                "the candidate is the new content proposed at this step",
                "후보 값은 게이트가 아니라 이 시점에 새로 제안된 내용입니다",
            ),
        ),
        ("E", ("'E' is not one of the choices", "'E': 선택지 가운데 하나가 아닙니다")),
        (
            "input or forget",
            (
                "'input or forget' is not one of the choices",
                "'input or forget': 선택지 가운데 하나가 아닙니다",
            ),
        ),
        (
            2,
            (
                "answer with one letter as a string, e.g. 'A'; got int 2",
                "답은 'A'처럼 글자 하나짜리 문자열이어야 합니다(받은 값: ",
            ),
        ),
        (["B"], ("got list ['B']", "답은 'A'처럼 글자 하나짜리 문자열이어야 합니다(받은 값: ")),
    ],
    ids=english,
)
def test_gate_question_mistakes(answer, hint, capsys):
    assert_hint(capsys, checks.check_gate_question, (answer,), hint)


def test_gate_question_accepts_lower_case(capsys):
    assert_passes(capsys, checks.check_gate_question, "b")


# --- 05: GRU parameters -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "hint"),
    [
        (lambda u, d: 3 * u * (u + d + 1), ("reset_after=True", "reset_after=True입니다")),
        (
            lambda u, d: 4 * u * (u + d + 1),
            ("that is the LSTM's count", "그것은 LSTM의 파라미터 수입니다"),
        ),
        (lambda u, d: 3 * u * (u + d), ("the biases are missing", "편향이 빠졌습니다: 블록마다")),
        (lambda u, d: u * (u + d + 2), ("multiply by 3", "3을 곱하십시오")),
        (
            lambda u, d: 90,
            ("returns 90 whatever the layer", "어떤 층이든 항상 같은 값(90)을 반환합니다"),
        ),
        (
            lambda u, d: np.float64(180.5),
            ("should be a whole number", "정수(파라미터 수)여야 합니다"),
        ),
    ],
    ids=english,
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
        ("hihello", ("is the notebook's example", ": 노트북의 예시입니다")),
        ("if you want you", ("is the notebook's example", ": 노트북의 예시입니다")),
        (
            "short",
            (
                "'short' has 5 characters: use at least 8",
                "'short': 문자가 5개뿐입니다. 모델이 기억할 거리가 있도록 적어도 8개",
            ),
        ),
        (
            "x" * 45,
            (
                "text has 45 characters; this demo trains on at most 40",
                "문장의 문자가 45개입니다. 이 실습은 최대 40개까지만",
            ),
        ),
        (42, ("my_text should be a string, got int 42", "my_text는 문자열이어야 합니다(받은 값: ")),
        (["a sentence"], ("got list", "my_text는 문자열이어야 합니다(받은 값: ")),
    ],
    ids=english,
)
def test_own_sentence_bad_text(text, hint, capsys):
    assert_hint(capsys, checks.check_own_sentence, (text, None), hint)


def test_own_sentence_model_mistakes(capsys, keras):
    text = "a rose is a rose"  # 15 steps, 7 characters
    untrained = char_model(keras, 15, 7)
    assert_hint(
        capsys, checks.check_own_sentence, (text, untrained), ("characters right", "개만 맞힙니다")
    )
    other = char_model(keras, 6, 5)
    assert_hint(
        capsys,
        checks.check_own_sentence,
        (text, other),
        ("the model reads (6, 5)", "모델이 읽는 형태는 (6, 5)이지만"),
    )
    last_only = char_model(keras, 15, 7, sequences=False)
    assert_hint(
        capsys,
        checks.check_own_sentence,
        (text, last_only),
        ("return_sequences=True", "return_sequences=True를 넘겼습니까?"),
    )
    assert_hint(
        capsys,
        checks.check_own_sentence,
        (text, "model"),
        ("a Keras model", "Keras 모델이어야 합니다"),
    )
    assert_not_done(
        capsys,
        checks.check_own_sentence,
        text,
        None,
        message=("train a model on my_text", "my_text로 모델을 학습시켜"),
    )
    assert_not_done(
        capsys,
        checks.check_own_sentence,
        None,
        None,
        message=("set my_text", "my_text에 직접 고른 문장을 넣고"),
    )


# --- 06: fewer epochs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "hint"),
    [
        (
            {"activation": "softmax"},
            ("so it applies softmax twice", "소프트맥스가 두 번 적용됩니다"),
        ),
        (
            {"from_logits": False},
            (
                "use keras.losses.SparseCategoricalCrossentropy(from_logits=True)",
                "keras.losses.SparseCategoricalCrossentropy(from_logits=True)를 쓰십시오",
            ),
        ),
        ({"compile_it": False}, ("compile the model first", "먼저 모델을 컴파일하십시오")),
        (
            {"sequences": False},
            ("Did you pass return_sequences=True?", "return_sequences=True를 넘겼습니까?"),
        ),
        (
            {"learning_rate": 0.001},
            (
                "never predicted 'ihello' in 50 epochs",
                "50 에포크 안에 'ihello'를 한 번도 예측하지 못했습니다",
            ),
        ),
        ({"learning_rate": 0.03}, ("not fewer yet", "아직 더 적지 않습니다")),
    ],
    ids=english,
)
def test_fewer_epochs_mistakes(kwargs, hint, capsys, keras):
    def build_fast_model(timesteps, n_chars):
        return char_model(keras, timesteps, n_chars, **kwargs)

    assert_hint(capsys, checks.check_fewer_epochs, (build_fast_model,), hint)


def test_fewer_epochs_wrong_input_shape(capsys, keras):
    def build_fast_model(timesteps, n_chars):
        return char_model(keras, n_chars, timesteps)  # arguments swapped

    assert_hint(
        capsys,
        checks.check_fewer_epochs,
        (build_fast_model,),
        ("it reads (5, 6)", "지금 읽는 형태는 (5, 6)입니다"),
    )


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
    for language, prefixes in PREFIXES.items():
        result, line = verdict(capsys, check, nonsense, language=language)
        assert result is False
        prefix = [p for p in (prefixes["not_yet"], prefixes["not_done"]) if line.startswith(p)]
        assert prefix, line
        if language == "ko":
            assert HANGUL.search(line[len(prefix[0]) :]), line


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
    lines = verdicts(capsys, check_with_a_bug, 42, kind="failed")
    assert not lines["ko"].startswith(NOT_YET_KO), lines["ko"]
    assert "KeyError: 'unit'" in lines["ko"], lines["ko"]
    assert "여러분의 답이 아니라 과정의 버그입니다" in lines["ko"], lines["ko"]


def test_a_crash_in_the_learners_code_is_still_their_mistake(monkeypatch, capsys):
    monkeypatch.setenv(CHECKER_ERRORS, "raise")

    def my_function(x):
        return x / 0

    assert_hint(
        capsys,
        check_calling_the_learner,
        (my_function,),
        ("ZeroDivisionError", "my_function에서 오류가 났습니다: ZeroDivisionError"),
    )


# --- 07: one step back through tanh and W_h ----------------------------------------------------


def step(change):
    """A step_back with one deliberate change to W_h.T @ ((1 - h**2) * dh)."""

    def step_back(dh, h, W_h):
        return change(dh, h, W_h)

    return step_back


@pytest.mark.parametrize(
    ("change", "hint"),
    [
        (lambda dh, h, W: W.T @ dh, ("tanh' is missing", "tanh' 항이 빠졌습니다")),
        (
            lambda dh, h, W: W @ ((1 - h**2) * dh),
            ("W_h is not transposed", "W_h를 전치하지 않았습니다"),
        ),
        (lambda dh, h, W: W.T @ ((1 - h) * dh), ("not 1 - h.", "1 - h가 아니라")),
        (
            lambda dh, h, W: W.T @ ((1 - np.tanh(h) ** 2) * dh),
            ("do not apply np.tanh to h again", "h에 다시 np.tanh 함수를 적용하지 마십시오"),
        ),
        (
            lambda dh, h, W: (1 - h**2) * (W.T @ dh),
            ("tanh' is applied on the wrong side", "tanh' 항을 잘못된 쪽에 적용했습니다"),
        ),
        (
            lambda dh, h, W: (1 - h**2) * dh,
            (
                "you returned the gradient at the pre-activation",
                "활성화 전 값 a_t에서의 기울기를 반환했습니다",
            ),
        ),
        (
            lambda dh, h, W: W.T @ (1 - h**2) * dh * 1.5,
            ("the values differ", "값이 W_h.T @ ((1 - h**2) * dh)와 다릅니다"),
        ),
        (
            lambda dh, h, W: np.outer(1 - h**2, dh),
            ("a matrix: multiply elementwise", "행렬을 반환했습니다: 1 - h**2를 원소별로 곱하고"),
        ),
        (
            lambda dh, h, W: np.zeros(3),
            (
                "gives the same answer whatever dh, h and W_h",
                "dh, h, W_h가 달라도 늘 같은 답을 반환합니다",
            ),
        ),
        (
            lambda dh, h, W: np.zeros(len(dh) + 1),
            ("returned shape (4,), expected (3,)", "반환한 형태는 (4,)이지만 (3,)이어야 합니다"),
        ),
    ],
    ids=english,
)
def test_step_back_mistakes(change, hint, capsys):
    assert_hint(capsys, checks.check_step_back, (step(change),), hint)


def test_step_back_stub_is_not_done(capsys):
    def step_back(dh, h, W_h):
        return None

    assert_not_done(
        capsys,
        checks.check_step_back,
        step_back,
        message=("replace the stub's `return None`", "뼈대 코드의 `return None`"),
    )
    assert_not_done(
        capsys,
        checks.check_step_back,
        None,
        message=("define step_back", "step_back 함수를 정의하고"),
    )


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
        (per_array, ("that is Keras' clipnorm", "그것은 Keras의 clipnorm입니다")),
        (
            lambda g, m: {k: np.clip(v, -m, m) for k, v in g.items()},
            ("Keras' clipvalue", "Keras의 clipvalue"),
        ),
        (
            clipper(lambda g, m, n: m / n),
            (
                "you also scaled gradients whose global norm is below",
                "전역 노름이 max_norm보다 작을 때도 기울기의 크기를",
            ),
        ),
        (
            clipper(lambda g, m, n: min(1.0, m / n**2)),
            ("np.sqrt is missing", "np.sqrt가 빠졌습니다"),
        ),
        (
            clipper(lambda g, m, n: max(1.0, n / m)),
            ("the factor is upside down", "배율이 뒤집혔습니다"),
        ),
        (
            clipper(lambda g, m, n: min(1.0, m / n) * 0.9),
            ("case 1 (global norm 12, max_norm 1)", "사례 1(전역 노름 12, max_norm 1)"),
        ),
        (
            lambda g, m: list(g.values()),
            (
                "should return a dict of clipped gradients",
                "클리핑한 기울기의 dict를 반환해야 합니다",
            ),
        ),
        (lambda g, m: {"W": 0}, ("returned the keys ['W']", "반환한 키는 ['W']이지만")),
        (
            lambda g, m: {k: v.T for k, v in g.items()},
            (
                "returned shape (3, 4), expected (4, 3)",
                "반환한 형태는 (3, 4)이지만 (4, 3)이어야 합니다",
            ),
        ),
    ],
    ids=english,
)
def test_clip_gradients_mistakes(clip, hint, capsys):
    assert_hint(capsys, checks.check_clip_gradients, (clip,), hint)


def test_clip_gradients_stub_is_not_done(capsys):
    assert_not_done(
        capsys,
        checks.check_clip_gradients,
        lambda grads, max_norm: None,
        message=("clip_gradients returns None", "clip_gradients의 반환값이 None"),
    )


# --- 08: perplexity from logits ----------------------------------------------------------------


def log_softmax(logits):
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def losses_of(logits, targets):
    return -log_softmax(logits)[np.arange(len(targets)), targets]


@pytest.mark.parametrize(
    ("answer", "hint"),
    [
        (
            lambda lg, t: losses_of(lg, t).mean(),
            ("that is the cross-entropy", "그것은 교차 엔트로피"),
        ),
        (
            lambda lg, t: np.exp(losses_of(lg, t)).mean(),
            ("you averaged the per-character", "문자별 퍼플렉서티 e^loss의 평균을 냈습니다"),
        ),
        (
            lambda lg, t: np.exp(losses_of(lg, t).sum()),
            ("you summed the losses", "손실을 합했습니다"),
        ),
        (
            lambda lg, t: 2 ** losses_of(lg, t).mean(),
            ("not 2 ** mean loss", "2 ** mean loss가 아니라"),
        ),
        (
            lambda lg, t: np.exp(-lg[np.arange(len(t)), t].mean()),
            ("not -logits[target]", "-logits[target]이 아니라"),
        ),
        (
            lambda lg, t: np.exp(-log_softmax(lg).max(axis=1).mean()),
            ("the most likely character", "가장 가능성이 높은 문자"),
        ),
        (
            lambda lg, t: np.exp(losses_of(lg, t).mean()) * 1.1,
            ("the perplexity is", "에서 퍼플렉서티는"),
        ),
        (
            lambda lg, t: 7.5,
            (
                "gives the same answer whatever the logits and targets",
                "logits와 targets가 달라도 늘 같은 답을 반환합니다",
            ),
        ),
        (
            lambda lg, t: np.exp(losses_of(lg, t)),
            ("returned an array of shape (7,)", "형태 (7,)인 배열을 반환했습니다"),
        ),
        (lambda lg, t: float("inf"), ("returned inf", "반환값이 inf입니다")),
    ],
    ids=english,
)
def test_perplexity_mistakes(answer, hint, capsys):
    assert_hint(capsys, checks.check_perplexity, (answer,), hint)


def test_perplexity_stub_is_not_done(capsys):
    assert_not_done(
        capsys,
        checks.check_perplexity,
        lambda logits, targets: None,
        message=("perplexity returns None", "perplexity의 반환값이 None"),
    )


# --- 08: probabilities at a temperature --------------------------------------------------------


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


@pytest.mark.parametrize(
    ("answer", "hint"),
    [
        (
            lambda z, t: softmax(z * t),
            ("you multiplied the logits by the temperature", "로짓에 온도를 곱했습니다"),
        ),
        (lambda z, t: softmax(z) ** (1 / t), ("no longer sums to 1", "합이 더는 1이 아닙니다")),
        (
            lambda z, t: softmax(z) / t,
            ("dividing the probabilities by the temperature", "확률을 온도로 나누면"),
        ),
        (lambda z, t: z / t, ("those are the scaled logits", "그것은 온도로 나눈 로짓입니다")),
        (lambda z, t: np.exp(z / t), ("must be divided by its sum", "그 합으로 나누어야 합니다")),
        (
            lambda z, t: softmax(z),
            ("at temperature 1 in every case", "모든 사례에서 온도 1일 때의 모델 확률입니다"),
        ),
        (
            lambda z, t: softmax(z / t) * 0.9,
            ("case 1 (temperature 0.5, 6 characters)", "사례 1(온도 0.5, 문자 6개)"),
        ),
        (
            lambda z, t: np.full(6, 1 / 6),
            ("returned shape (6,), expected (11,)", "반환한 형태는 (6,)이지만 (11,)이어야 합니다"),
        ),
        (
            lambda z, t: np.ones(len(z)) / len(z),
            ("case 1 (temperature 0.5, 6 characters)", "사례 1(온도 0.5, 문자 6개)"),
        ),
        (lambda z, t: int(np.argmax(z)), ("one character's index", "문자 하나의 인덱스")),
    ],
    ids=english,
)
def test_temperature_probs_mistakes(answer, hint, capsys):
    assert_hint(capsys, checks.check_temperature_probs, (answer,), hint)


def test_temperature_probs_stub_is_not_done(capsys):
    assert_not_done(
        capsys,
        checks.check_temperature_probs,
        lambda logits, t: None,
        message=("temperature_probs returns None", "temperature_probs의 반환값이 None"),
    )


# --- every message a learner reads is written in both languages ----------------------------------

CHECKS_SOURCE = Path(checks.__file__).resolve().parent
PROSE = re.compile(r"[A-Za-z]{2,}[ ,:;.]+[A-Za-z]{2,}")  # two English words: text, not a name
# Text no learner reads (data the notebooks never show), and the English verdict prefixes, which
# the verdict line shows through say() beside their Korean twins.
NOT_SHOWN = {"LAB_TEXTS", "FORGET_QUESTION", "NOT_YET", "NOT_DONE", "CHECKER_FAILED"}


def is_say(node) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say"


def unsaid_text(path: Path) -> list[str]:
    """Where ``path`` writes a learner's text without ``say(english, korean)``.

    Three rules: a Mistake's or NotDone's message is a say() call (or a variable holding one,
    which the next rule covers); no English prose stands outside a say() call, docstrings, dict
    keys and comparisons (names such as "no input gate") aside; and say() runs only inside a
    function, since the language is chosen after the checkers are imported.
    """
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(CHECKS_SOURCE.parent.parent)

    def visit(node, in_function: bool) -> None:
        if is_say(node):
            if not in_function:
                found.append(f"{where}:{node.lineno}: say() runs at import, in one language")
            return
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("Mistake", "NotDone"):
            for arg in node.args:
                if not (is_say(arg) or isinstance(arg, (ast.Name, ast.Subscript, ast.Call))):
                    found.append(f"{where}:{arg.lineno}: {node.func.id}(...) without say()")
                elif isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "str":
                    found.append(f"{where}:{arg.lineno}: {node.func.id}(str(...)) without say()")
        if isinstance(node, ast.Assign) and any(
            getattr(target, "id", "") in NOT_SHOWN for target in node.targets
        ):
            return
        if isinstance(node, ast.Raise) and "AssertionError" in ast.unparse(node):
            return
        if isinstance(node, ast.Compare):
            return
        if isinstance(node, ast.JoinedStr) or (
            isinstance(node, ast.Constant) and isinstance(node.value, str)
        ):
            pieces = [node] if isinstance(node, ast.Constant) else node.values
            if any(isinstance(p, ast.Constant) and PROSE.search(str(p.value)) for p in pieces):
                text = ast.unparse(node)
                found.append(f"{where}:{node.lineno}: English without say(): {text[:60]}")
            return
        body = getattr(node, "body", None)
        children = list(ast.iter_child_nodes(node))
        if isinstance(body, list) and body and isinstance(node, DEFINITIONS):
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                children.remove(first)  # the docstring
        if isinstance(node, ast.Dict):
            children = [value for value in node.values]  # the keys are names
        inside = in_function or isinstance(node, (ast.FunctionDef, ast.Lambda))
        for child in children:
            visit(child, inside)

    visit(tree, False)
    return found


DEFINITIONS = (ast.Module, ast.ClassDef, ast.FunctionDef)


def test_every_message_of_the_checkers_is_written_with_say():
    found = [line for path in sorted(CHECKS_SOURCE.glob("*.py")) for line in unsaid_text(path)]
    assert not found, f"{len(found)} texts without say():\n" + "\n".join(found)
