"""Bad input to every public helper and checker gets a clear answer, never a traceback.

``CASES`` is one table: for each public callable, the bad input a learner might type (empty,
wrong type, wrong shape, NaN or infinite values, characters outside a vocabulary, numbers out of
range). A helper must raise ValueError or TypeError from its own checks, with a message that
names the value or says what was expected; a checker must print one ❌/⏳ verdict and return
False. ``test_every_public_callable_has_bad_input_cases`` turns the suite red for a public
callable without a row, so a helper added later cannot skip this. Hypothesis tests below cover
the same ground at random: unknown characters, NaN anywhere, any wrong number of dimensions.

Every case runs twice, in English and in Korean (``helpers.i18n``): a row gives the fragment of
the English message and, as ``ko=``, the fragment of the Korean one.

Nothing here builds a Keras model: the model checkers are given stand-ins with just enough of a
model's surface for their first look, which is where bad input is caught.
"""

import contextlib
import importlib
import inspect
import io
import pkgutil
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import helpers
import helpers.checks
from helpers import data, env, i18n, language_model, lesson, plot, reference, training
from helpers import widgets as figure_widgets
from helpers.checks import (
    check_aligned_many_to_many,
    check_backward_direction,
    check_batched_memory_cell,
    check_best_update,
    check_bidirectional_stack_params,
    check_clip_gradients,
    check_dropout,
    check_fewer_epochs,
    check_gate_question,
    check_gru_param_count,
    check_half_life,
    check_lstm_step,
    check_make_windows,
    check_many_to_one,
    check_own_sentence,
    check_perplexity,
    check_saturation_scale,
    check_simple_rnn_prediction,
    check_step_back,
    check_temperature_probs,
    check_tf1_port,
)
from helpers.checks._verdict import NOT_DONE, NOT_DONE_KO, NOT_YET, NOT_YET_KO
from helpers.data import CharVocab
from helpers.i18n import speaking

HELPERS = Path(helpers.__file__).resolve().parent
# Every public module of the package, so that a new one is covered by the completeness test.
HELPER_MODULES = tuple(
    importlib.import_module(f"{helpers.__name__}.{module.name}")
    for module in pkgutil.iter_modules(helpers.__path__)
    if not module.name.startswith("_") and not module.ispkg
)
CHECKER_MODULES = tuple(
    importlib.import_module(f"{helpers.checks.__name__}.{module.name}")
    for module in pkgutil.iter_modules(helpers.checks.__path__)
    if not module.name.startswith("_")
)

# Public callables that take no argument at all, so there is no input to get wrong.
NO_INPUT = {
    "helpers.data.hello_batch",
    "helpers.env.environment_report",
    "helpers.env.tensorflow_build",
    "helpers.checks.memory_cell.saturation_problem",
    "helpers.checks.memory_cell.cell_cases",
    "helpers.checks.bidirectional.backward_cases",
    "helpers.checks.gates.lstm_cases",
    "helpers.checks.bptt.step_back_cases",
    "helpers.checks.bptt.clip_cases",
    "helpers.data.data_folders",
    "helpers.data.load_shakespeare",
    "helpers.checks.language_model.perplexity_cases",
    "helpers.checks.language_model.temperature_cases",
    "helpers.checks.overfitting.best_update_cases",
    "helpers.checks.overfitting.dropout_cases",
    "helpers.i18n.current_language",
}
# Public callables no learner calls: the helpers call say(), the tests use speaking(). The
# language a notebook chooses goes through setup_lesson() and set_language(), which have rows.
NOT_FOR_LEARNERS = {"helpers.i18n.say", "helpers.i18n.speaking"}


@dataclass(frozen=True)
class Case:
    """One bad call, ``target(*args, **kwargs)``, and the answer it must get."""

    target: Callable
    kind: str  # empty, type, shape, nan, range, or vocab: text the callee cannot read
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    error: type[Exception] | None = None  # None for a checker, which prints a verdict instead
    match: str = ""  # a fragment the message must contain, as written
    verdict: str = NOT_YET
    korean: str | None = None  # the fragment of the Korean message (None: a checker's, unwritten)

    def fragment(self, language: str) -> str | None:
        return self.match if language == "en" else self.korean


def raises(target, kind, error, match, *args, ko: str, **kwargs) -> Case:
    """A helper's bad call: ``match`` is in its English message, ``ko`` in its Korean one."""
    return Case(target, kind, args, kwargs, error=error, match=match, korean=ko)


def answers(target, kind, match, *args, verdict=NOT_YET, ko: str | None = None) -> Case:
    """A checker's bad answer: ``match`` is in its English verdict, ``ko`` in its Korean one."""
    return Case(target, kind, args, match=match, verdict=verdict, korean=ko)


KOREAN_VERDICTS = {NOT_YET: NOT_YET_KO, NOT_DONE: NOT_DONE_KO}
LANGUAGES = ("en", "ko")


def name_of(target) -> str:
    function = getattr(target, "__func__", target)  # bound methods, classmethods
    return f"{function.__module__}.{function.__qualname__}"


def fake_model(input_shape=None, output_shapes=()):
    """Enough of a Keras model's surface for a checker's first look, without importing Keras."""
    return SimpleNamespace(
        layers=[],
        weights=[],
        count_params=lambda: 0,
        inputs=[] if input_shape is None else [SimpleNamespace(shape=input_shape)],
        outputs=[SimpleNamespace(shape=shape) for shape in output_shapes],
    )


class CompiledModelStandIn:
    """Just enough of a compiled Keras model for the training helpers' checks: two weight arrays."""

    def __init__(self, optimizer: object = "adam"):
        self.optimizer = optimizer
        self.weights = [np.zeros((2, 3)), np.zeros(3)]

    def get_weights(self):
        return [w.copy() for w in self.weights]

    def set_weights(self, weights):
        self.weights = list(weights)

    def fit(self, *args, **kwargs):  # train_until checks its input before it would train
        raise AssertionError("bad input must be refused before training starts")


def returning(value):
    """A learner's function that ignores its arguments and returns ``value``."""
    return lambda *args: value


def crashing(*args):
    return 1 / 0


nan, inf = float("nan"), float("inf")
VOCAB = CharVocab("helo")
# A 4-character Embedding(4, 2) -> GRU(3) -> Dense(4), all zeros: enough for the checks to run.
LM_WEIGHTS = [np.zeros((4, 2)), np.zeros((2, 9)), np.zeros((3, 9)), np.zeros((2, 9)),
              np.zeros((3, 4)), np.zeros(4)]  # fmt: skip

# Shapes of the reference passes' arguments: 5 steps of 3 features, 2 units.
X = np.zeros((5, 3))
SIMPLE = (np.zeros((3, 2)), np.zeros((2, 2)), np.zeros(2))
LSTM = (np.zeros((3, 8)), np.zeros((2, 8)), np.zeros(8))
GRU = (np.zeros((3, 6)), np.zeros((2, 6)), np.zeros((2, 6)))
# Finite, but large enough that +inf meets -inf inside the loop (found by hand, one per cell).
HUGE = np.array([[1e308], [1e308]])
OVERFLOW = {
    reference.simple_rnn_forward: (
        HUGE,
        np.full((1, 2), 10.0),
        np.full((2, 2), -1e308),
        np.zeros(2),
    ),
    reference.lstm_forward: (HUGE, np.full((1, 12), 10.0), np.full((3, 12), -1e308), np.zeros(12)),
    reference.gru_forward: (
        HUGE,
        np.array([[-10.0] * 2 + [10.0] * 4]),
        np.full((2, 6), -1e308),
        np.zeros((2, 6)),
    ),
}


# The tables keep one case to a row or two; the formatter would spread each over six lines.
# fmt: off
def forward_cases(forward, weights, state_name, state_name_ko):
    """The bad input every reference pass must refuse, for its own weight shapes."""
    kernel, recurrent_kernel, bias = weights
    return [
        raises(forward, "empty", ValueError, "inputs must not be empty, got shape (0, 3)",
               np.zeros((0, 3)), *weights,
               ko="inputs에 빈 배열을 넣을 수 없습니다. 받은 형태: (0, 3)"),
        raises(forward, "empty", ValueError, "kernel must not be empty, got shape (3, 0)",
               X, np.zeros((3, 0)), recurrent_kernel, bias,
               ko="kernel에 빈 배열을 넣을 수 없습니다. 받은 형태: (3, 0)"),
        raises(forward, "type", TypeError, "inputs must be a numeric array, got str 'hello'",
               "hello", *weights, ko="inputs에는 숫자 배열을 넣어야 합니다. 받은 값: str 'hello'"),
        raises(forward, "type", TypeError, "inputs must be a numeric array, not text, got list",
               [["0.5", "1", "2"]], *weights,
               ko="inputs에는 텍스트가 아니라 숫자 배열을 넣어야 합니다. 받은 값: list"),
        raises(forward, "type", TypeError, "inputs must hold real numbers, not complex ones",
               X + 1j, *weights, ko="inputs에는 복소수가 아니라 실수를 넣어야 합니다"),
        raises(forward, "type", TypeError, "bias has None where a number is expected",
               X, kernel, recurrent_kernel, [None] * len(bias),
               ko="bias에 숫자가 있어야 할 자리에 None이 있습니다"),
        raises(forward, "type", TypeError, "return_sequences must be True or False, got str",
               X, *weights, return_sequences="False",
               ko="return_sequences에는 True나 False를 넣어야 합니다. 받은 값: str 'False'"),
        raises(forward, "shape", ValueError, "inputs must be 2-D or 3-D, got shape (3,)",
               np.zeros(3), *weights,
               ko="inputs에는 2-D 또는 3-D 배열을 넣어야 합니다. 받은 형태: (3,)"),
        raises(forward, "shape", ValueError, f"kernel has shape (4, {kernel.shape[1]}) but the "
               "input has 3 features", X, np.zeros((4, kernel.shape[1])), recurrent_kernel, bias,
               ko=f"kernel의 형태는 (4, {kernel.shape[1]})인데 입력의 특성은 3개입니다"),
        raises(forward, "shape", ValueError, "recurrent_kernel has shape (3, 3), expected",
               X, kernel, np.zeros((3, 3)), bias,
               ko="recurrent_kernel의 형태가 (3, 3)입니다. 기대한 형태:"),
        raises(forward, "shape", ValueError, f"bias has shape {bias.shape[:-1] + (1,)}, expected",
               X, kernel, recurrent_kernel, np.zeros(bias.shape[:-1] + (1,)),
               ko=f"bias의 형태가 {bias.shape[:-1] + (1,)}입니다. 기대한 형태:"),
        raises(forward, "nan", ValueError, "inputs contains NaN or infinite values: nan at "
               "index (1, 2)", np.where(np.arange(15).reshape(5, 3) == 5, nan, 0.0), *weights,
               ko="inputs에 NaN이나 무한대 값이 있습니다: nan (인덱스 (1, 2))"),
        raises(forward, "nan", ValueError, "recurrent_kernel contains NaN or infinite values: -inf",
               X, kernel, np.full_like(recurrent_kernel, -inf), bias,
               ko="recurrent_kernel에 NaN이나 무한대 값이 있습니다: -inf"),
        raises(forward, "nan", ValueError, f"{state_name} contains NaN or infinite values",
               X, *weights, initial_state=(
                   ([nan, 0.0], [0.0, 0.0]) if forward is reference.lstm_forward else [nan, 0.0]),
               ko=f"{state_name_ko}에 NaN이나 무한대 값이 있습니다"),
        raises(forward, "range", ValueError, "the states overflowed to NaN: inputs and weights "
               "as large as 1e+308", *OVERFLOW[forward],
               ko="상태가 넘쳐(overflow) NaN이 되었습니다: 입력과 가중치에 1e+308만큼 큰 값"),
    ]


CASES = [
    # --- helpers.data ---------------------------------------------------------------------------
    raises(data.one_hot, "empty", ValueError, "indices must not be empty", [], 3,
           ko="indices에 빈 배열을 넣을 수 없습니다"),
    raises(data.one_hot, "type", TypeError, "indices must be whole numbers, got str 'hello'",
           "hello", 4, ko="indices에는 정수를 넣어야 합니다. 받은 값: str 'hello'"),
    raises(data.one_hot, "type", TypeError, "depth must be a whole number, got str '4'", [0], "4",
           ko="depth에는 정수를 넣어야 합니다. 받은 값: str '4'"),
    raises(data.one_hot, "shape", ValueError, "indices must have a regular shape",
           [[0], [1, 2]], 3,
           ko="indices에는 형태가 고른(행의 길이가 같은) 배열을 넣어야 합니다. 받은 값: "
              "list [[0], [1, 2]]"),
    raises(data.one_hot, "nan", TypeError, "indices must be whole numbers, got array of shape (2,) "
           "and dtype float64", [0, nan], 3,
           ko="indices에는 정수를 넣어야 합니다. 받은 값: 형태가 (2,)이고 dtype이 float64인 배열"),
    raises(data.one_hot, "range", ValueError, "index 4 is out of range for depth 4: expected 0 "
           "to 3", [1, 4], 4, ko="인덱스 4: depth 4의 범위를 벗어납니다. 0부터 3까지여야 합니다"),
    raises(data.one_hot, "range", ValueError, "depth must be at least 1, got 0", [0], 0,
           ko="depth에는 1 이상의 값을 넣어야 합니다. 받은 값: 0"),
    raises(CharVocab, "empty", ValueError, "a vocabulary needs at least one character", "",
           ko="어휘에는 문자가 하나 이상 있어야 하는데, 받은 문자가 없습니다"),
    raises(CharVocab, "type", TypeError, "chars must be a string or a list of characters, "
           "got bytes b'helo'", b"helo",
           ko="chars에는 문자열이나 문자의 리스트를 넣어야 합니다. 받은 값: bytes b'helo'"),
    raises(CharVocab, "type", TypeError, "chars must be in a fixed order (a string or a list), "
           "not a set", {"h", "e"},
           ko="chars에는 집합(set)이 아니라 순서가 정해진 값(문자열이나 리스트)을 넣어야 합니다."),
    raises(CharVocab, "type", TypeError, "chars must be a string or a list of characters, "
           "got NoneType None", None,
           ko="chars에는 문자열이나 문자의 리스트를 넣어야 합니다. 받은 값: NoneType None"),
    raises(CharVocab, "vocab", TypeError, "vocabulary entries must be single characters, "
           "got str 'el'", ["h", "el"],
           ko="어휘의 항목은 한 문자씩이어야 합니다. 받은 값: str 'el'"),
    raises(CharVocab, "vocab", ValueError, "vocabulary characters must be unique, ['l'] repeat",
           "hello", ko="어휘의 문자는 서로 달라야 합니다. 중복된 문자: ['l']"),
    raises(CharVocab.from_text, "empty", ValueError, "text is empty", "",
           ko="text에 문자가 없습니다. 어휘에는 문자가 하나 이상 있어야 합니다"),
    raises(CharVocab.from_text, "type", TypeError, "text must be a string, got NoneType None",
           None, ko="text에는 문자열을 넣어야 합니다. 받은 값: NoneType None"),
    raises(CharVocab.from_text, "type", TypeError, "text must be a string, got list ['h', 'i']",
           ["h", "i"], ko="text에는 문자열을 넣어야 합니다. 받은 값: list ['h', 'i']"),
    raises(VOCAB.encode, "empty", ValueError, "text is empty: expected at least one character", "",
           ko="text에 문자가 없습니다. 문자가 하나 이상 있어야 합니다"),
    raises(VOCAB.encode, "type", TypeError, "text must be a string, got int 5", 5,
           ko="text에는 문자열을 넣어야 합니다. 받은 값: int 5"),
    raises(VOCAB.encode, "vocab", ValueError, "character 'p' is not in the vocabulary "
           "['h', 'e', 'l', 'o']", "help",
           ko="문자 'p': 어휘 ['h', 'e', 'l', 'o']에 없는 문자입니다"),
    raises(VOCAB.encode, "vocab", ValueError, "character 'H' is not in the vocabulary", "Hello",
           ko="문자 'H': 어휘 ['h', 'e', 'l', 'o']에 없는 문자입니다"),
    raises(VOCAB.decode, "empty", ValueError, "indices must not be empty", [],
           ko="indices에 빈 배열을 넣을 수 없습니다"),
    raises(VOCAB.decode, "type", TypeError, "indices must be whole numbers, got str 'hel'", "hel",
           ko="indices에는 정수를 넣어야 합니다. 받은 값: str 'hel'"),
    raises(VOCAB.decode, "shape", ValueError, "indices must be a 1-D sequence, got shape (1, 2)",
           [[0, 1]], ko="indices에는 1차원 시퀀스를 넣어야 합니다. 받은 형태: (1, 2)"),
    raises(VOCAB.decode, "nan", TypeError, "indices must be whole numbers, got array of shape (1,) "
           "and dtype float64", [nan],
           ko="indices에는 정수를 넣어야 합니다. 받은 값: 형태가 (1,)이고 dtype이 float64인 배열"),
    raises(VOCAB.decode, "range", ValueError, "index 4 is out of range for a vocabulary of 4 "
           "characters: expected 0 to 3", [0, 4],
           ko="인덱스 4: 문자 4개로 된 어휘의 범위를 벗어납니다. 0부터 3까지여야 합니다"),
    raises(VOCAB.decode, "range", ValueError, "index -1 is out of range", [-1],
           ko="인덱스 -1: 문자 4개로 된 어휘의 범위를 벗어납니다. 0부터 3까지여야 합니다"),
    raises(VOCAB.one_hot, "empty", ValueError, "text is empty", "",
           ko="text에 문자가 없습니다. 문자가 하나 이상 있어야 합니다"),
    raises(VOCAB.one_hot, "type", TypeError, "text must be a string, got NoneType None", None,
           ko="text에는 문자열을 넣어야 합니다. 받은 값: NoneType None"),
    raises(VOCAB.one_hot, "vocab", ValueError, "character 'x' is not in the vocabulary", "hex",
           ko="문자 'x': 어휘 ['h', 'e', 'l', 'o']에 없는 문자입니다"),
    raises(data.one_hot_batch, "empty", ValueError, "words is empty", [], VOCAB,
           ko="words에 단어가 없습니다. 배치에는 단어가 하나 이상 있어야 합니다"),
    raises(data.one_hot_batch, "type", TypeError, "words must be a list of strings, got str "
           "'hello'", "hello", VOCAB,
           ko="words에는 문자열의 리스트를 넣어야 합니다. 받은 값: str 'hello'"),
    raises(data.one_hot_batch, "type", TypeError, "every word must be a string, got ['he', None]",
           ["he", None], VOCAB, ko="단어는 모두 문자열이어야 합니다. 받은 값: ['he', None]"),
    raises(data.one_hot_batch, "type", TypeError, "vocab must be a CharVocab, got str 'helo'",
           ["he"], "helo", ko="vocab에는 CharVocab을 넣어야 합니다. 받은 값: str 'helo'"),
    raises(data.one_hot_batch, "shape", ValueError, "got lengths [2, 3]", ["he", "hel"], VOCAB,
           ko="배치를 만들려면 words의 단어가 모두 같은 길이여야 합니다. 받은 길이: [2, 3]"),
    raises(data.one_hot_batch, "vocab", ValueError, "character 'x' is not in the vocabulary",
           ["he", "hx"], VOCAB, ko="문자 'x': 어휘 ['h', 'e', 'l', 'o']에 없는 문자입니다"),
    raises(data.sliding_windows, "empty", ValueError, "series must not be empty, got shape (0,)",
           [], 1, ko="series에 빈 배열을 넣을 수 없습니다. 받은 형태: (0,)"),
    raises(data.sliding_windows, "type", TypeError, "series must be a numeric array, got str "
           "'0123'", "0123", 1, ko="series에는 숫자 배열을 넣어야 합니다. 받은 값: str '0123'"),
    raises(data.sliding_windows, "type", TypeError, "series must be a numeric array, not text, "
           "got list ['1', '2', '3']", ["1", "2", "3"], 1,
           ko="series에는 텍스트가 아니라 숫자 배열을 넣어야 합니다. 받은 값: list ['1', '2', "
              "'3']"),
    raises(data.sliding_windows, "type", TypeError, "series must hold real numbers, not complex",
           [1 + 1j, 2, 3], 1,
           ko="series에는 복소수가 아니라 실수를 넣어야 합니다. 받은 값: list [(1+1j), 2, 3]"),
    raises(data.sliding_windows, "type", TypeError, "series has None where a number is expected",
           [1.0, None, 3.0], 1,
           ko="series에 숫자가 있어야 할 자리에 None이 있습니다. 받은 값: list [1.0, None, 3.0]"),
    raises(data.sliding_windows, "type", TypeError, "window must be a whole number, got float 2.0",
           [1.0, 2.0, 3.0], 2.0, ko="window에는 정수를 넣어야 합니다. 받은 값: float 2.0"),
    raises(data.sliding_windows, "shape", ValueError, "series must be 1-D, got shape (2, 3)",
           np.zeros((2, 3)), 1, ko="series에는 1-D 배열을 넣어야 합니다. 받은 형태: (2, 3)"),
    raises(data.sliding_windows, "nan", ValueError, "series contains NaN or infinite values: inf "
           "at index 1", [1.0, inf, 3.0], 1,
           ko="series에 NaN이나 무한대 값이 있습니다: inf (인덱스 1)"),
    raises(data.sliding_windows, "range", ValueError, "window 3 is too long for a series of 3 "
           "values", [1.0, 2.0, 3.0], 3,
           ko="window 3: 값이 3개인 series에는 너무 깁니다. "
              "목표값을 하나라도 얻으려면 값이 4개 이상 있어야 합니다"),
    raises(data.sliding_windows, "range", ValueError, "window must be at least 1, got 0",
           [1.0, 2.0], 0, ko="window에는 1 이상의 값을 넣어야 합니다. 받은 값: 0"),
    raises(data.next_char_task, "empty", ValueError, "text is empty: type at least two characters",
           "",
           ko="text에 문자가 없습니다. 모델은 문자를 하나씩 읽고 그다음 문자를 예측하므로, "
              "문자를 두 개 이상 입력하십시오"),
    raises(data.next_char_task, "empty", ValueError, "text 'h' has only one character", "h",
           ko="text 'h'에는 문자가 하나뿐입니다. "
              "모델은 문자를 하나씩 읽고 그다음 문자를 예측하므로, "
              "문자를 두 개 이상 입력하십시오"),
    # One character repeated leaves nothing to predict, and a one-class Dense reaches Keras'
    # loss in a shape it refuses with an internal message.
    raises(data.next_char_task, "empty", ValueError, "text 'aaaa' is one character repeated: "
           "there is nothing to predict; type at least two different characters", "aaaa",
           ko="text 'aaaa': 한 문자만 되풀이되어 예측할 것이 없습니다. "
              "서로 다른 문자를 두 개 이상 입력하십시오(예: 'ab')"),
    raises(data.next_char_task, "empty", ValueError, "text '     ' is one character repeated",
           " " * 5,
           ko="text '     ': 한 문자만 되풀이되어 예측할 것이 없습니다. "
              "서로 다른 문자를 두 개 이상 입력하십시오(예: ' b')"),
    raises(data.next_char_task, "type", TypeError, "text must be a string, got int 42", 42,
           ko="text에는 문자열을 넣어야 합니다. 받은 값: int 42"),
    raises(data.next_char_task, "type", TypeError, "max_chars must be a whole number, got str '40'",
           "hihello", "40", ko="max_chars에는 정수를 넣어야 합니다. 받은 값: str '40'"),
    raises(data.next_char_task, "range", ValueError, "text has 41 characters; this demo trains on "
           "at most 40", "x" * 41,
           ko="text의 문자가 41개입니다. "
              "이 실습은 최대 40개 문자로 학습시키므로 더 짧게 줄이십시오"),
    raises(data.next_char_task, "range", ValueError, "max_chars must be at least 2, got 0",
           "hihello", 0, ko="max_chars에는 2 이상의 값을 넣어야 합니다. 받은 값: 0"),
    # --- helpers.data and helpers.language_model: 08 ---------------------------------------------
    raises(data.find_data_file, "empty", TypeError, "name must be a file name such as "
           "'tinyshakespeare.txt', got str ''", "",
           ko="name에는 'tinyshakespeare.txt' 같은 파일 이름을 넣어야 합니다. 받은 값: str ''"),
    raises(data.find_data_file, "type", TypeError, "name must be a file name", None,
           ko="name에는 'tinyshakespeare.txt' 같은 파일 이름을 넣어야 합니다. 받은 값: "
              "NoneType None"),
    raises(data.find_data_file, "range", FileNotFoundError, "the course's data file 'nothing.txt' "
           "was not found in", "nothing.txt",
           ko="과정의 데이터 파일을 찾지 못했습니다: 'nothing.txt'"),
    raises(language_model.split_text, "empty", ValueError, "leaves one part empty", "",
           ko="fraction 0.9: 문자 0개로 된 텍스트를 나누면 한쪽이 비게 됩니다. "
              "0과 1 사이의 수와, 문자가 두 개 이상인 텍스트를 넣으십시오"),
    raises(language_model.split_text, "type", TypeError, "text must be a string, got NoneType",
           None, ko="text에는 문자열을 넣어야 합니다. 받은 값: NoneType None"),
    raises(language_model.split_text, "type", TypeError, "fraction must be a number between 0 "
           "and 1, got str '0.9'", "hello", "0.9",
           ko="fraction에는 0과 1 사이의 수를 넣어야 합니다. 받은 값: str '0.9'"),
    raises(language_model.split_text, "range", ValueError, "fraction 1.5 of a text of 5 "
           "characters leaves one part empty", "hello", 1.5,
           ko="fraction 1.5: 문자 5개로 된 텍스트를 나누면 한쪽이 비게 됩니다. "
              "0과 1 사이의 수와, 문자가 두 개 이상인 텍스트를 넣으십시오"),
    raises(language_model.make_windows, "empty", ValueError, "ids has 0 characters, too few for "
           "one window of 3", np.zeros(0, int), 3,
           ko="ids의 문자가 0개뿐이라 길이 3의 윈도를 하나도 만들 수 없습니다. "
              "문자가 4개 이상 있어야 합니다"),
    raises(language_model.make_windows, "type", TypeError, "ids must be an array of character "
           "ids, got str 'hello'", "hello", 2,
           ko="ids에는 문자 ID의 배열을 넣어야 합니다. 받은 값: str 'hello'"),
    raises(language_model.make_windows, "shape", TypeError, "ids must be a 1-D array of whole "
           "numbers, got array of shape (2, 3)", np.zeros((2, 3), int), 2,
           ko="ids에는 정수로 된 1차원 배열을 넣어야 합니다. 받은 값: 형태가 (2, 3)"),
    raises(language_model.make_windows, "nan", TypeError, "ids must be a 1-D array of whole "
           "numbers, got array of shape (2,) and dtype float64", [0.0, nan], 1,
           ko="ids에는 정수로 된 1차원 배열을 넣어야 합니다. 받은 값: "
              "형태가 (2,)이고 dtype이 float64인 배열"),
    raises(language_model.make_windows, "range", ValueError, "length must be at least 1, got 0",
           np.arange(5), 0, ko="length에는 1 이상의 값을 넣어야 합니다. 받은 값: 0"),
    raises(language_model.build_char_model, "type", TypeError, "vocab_size must be a whole "
           "number, got str '65'", "65", 16, 64,
           ko="vocab_size에는 정수를 넣어야 합니다. 받은 값: str '65'"),
    raises(language_model.build_char_model, "range", ValueError, "dropout must be a number from 0 "
           "to below 1, got float 1.0", 65, 16, 64, 1.0,
           ko="dropout에는 0 이상 1 미만의 수를 넣어야 합니다. 받은 값: float 1.0"),
    raises(language_model.load_shipped, "type", TypeError, "path must be a file path", 42,
           ko="path에는 'data/lm/char_gru.npz' 같은 파일 경로를 넣어야 합니다. 받은 값: int 42"),
    raises(language_model.load_shipped, "empty", FileNotFoundError, "no weights file at "
           "nothing.npz: run make train-lm", "nothing.npz",
           ko="가중치 파일이 없습니다: nothing.npz. make train-lm을 실행해 만드십시오"),
    raises(language_model.run_gru, "type", TypeError, "weights must be model.get_weights() of an "
           "Embedding-GRU-Dense model", "weights", [0],
           ko="weights에는 Embedding-GRU-Dense 모델의 model.get_weights()(배열 6개)나, "
              "키가 ['embedding', 'kernel', 'recurrent_kernel', 'bias', 'dense_kernel', "
              "'dense_bias']인 딕셔너리를 넣어야 합니다. 받은 값: str 'weights'"),
    raises(language_model.run_gru, "empty", ValueError, "weights lacks ['kernel', "
           "'recurrent_kernel', 'bias', 'dense_kernel', 'dense_bias']", {"embedding": 0}, [0],
           ko="weights에 빠진 키가 있습니다: ['kernel', 'recurrent_kernel', 'bias', "
              "'dense_kernel', 'dense_bias']. 필요한 키: ['embedding', 'kernel', "
              "'recurrent_kernel', 'bias', 'dense_kernel', 'dense_bias']"),
    raises(language_model.run_gru, "type", TypeError, "ids must be character ids (use "
           "vocab.encode(text)), got str 'ab'", LM_WEIGHTS, "ab",
           ko="ids에는 문자 ID를 넣어야 합니다(vocab.encode(text)를 쓰십시오). 받은 값: str 'ab'"),
    raises(language_model.run_gru, "range", ValueError, "ids must be from 0 to 3, got 0 to 4",
           LM_WEIGHTS, [0, 4], ko="ids의 값은 0부터 3까지여야 합니다. 받은 범위: 0부터 4까지"),
    raises(language_model.char_surprise, "empty", ValueError, "text is empty: type at least one "
           "character", LM_WEIGHTS, VOCAB, "",
           ko="text에 문자가 없습니다. 모델이 읽을 문자를 하나 이상 입력하십시오"),
    raises(language_model.char_surprise, "empty", ValueError, "text 'h' has one character",
           LM_WEIGHTS, VOCAB, "h", ko="text 'h'에는 문자가 하나뿐입니다. 두 개 이상 입력하십시오"),
    raises(language_model.char_surprise, "type", TypeError, "text must be a string, got int 5",
           LM_WEIGHTS, VOCAB, 5, ko="text에는 문자열을 넣어야 합니다. 받은 값: int 5"),
    raises(language_model.char_surprise, "vocab", ValueError, "text has characters the model "
           "never saw: 'px'; expected only the 4 characters of its vocabulary 'helo'",
           LM_WEIGHTS, VOCAB, "hexp",
           ko="text에 모델이 본 적 없는 문자가 있습니다: 'px'. "
              "어휘에 있는 문자 4개만 쓸 수 있습니다: 'helo'"),
    raises(language_model.sample, "empty", ValueError, "prompt is empty", LM_WEIGHTS, VOCAB, "",
           10, 1.0, np.random.default_rng(0),
           ko="prompt에 문자가 없습니다. 모델이 읽을 문자를 하나 이상 입력하십시오"),
    raises(language_model.sample, "vocab", ValueError, "prompt has characters the model never "
           "saw: 'H'", LM_WEIGHTS, VOCAB, "Hello", 10, 1.0, np.random.default_rng(0),
           ko="prompt에 모델이 본 적 없는 문자가 있습니다: 'H'. "
              "어휘에 있는 문자 4개만 쓸 수 있습니다: 'helo'"),
    raises(language_model.sample, "range", ValueError, "length 1000000 is too long: expected at "
           "most 5000 characters", LM_WEIGHTS, VOCAB, "he", 10**6, 1.0, np.random.default_rng(0),
           ko="length 1000000: 너무 깁니다. 최대 5000개 문자까지 쓸 수 있습니다"),
    raises(language_model.sample, "type", TypeError, "length must be a whole number, got str "
           "'200'", LM_WEIGHTS, VOCAB, "he", "200", 1.0, np.random.default_rng(0),
           ko="length에는 정수를 넣어야 합니다. 받은 값: str '200'"),
    raises(language_model.sample, "range", ValueError, "temperature must be 0 (greedy) or a "
           "positive number such as 0.8, got -0.5", LM_WEIGHTS, VOCAB, "he", 10, -0.5,
           np.random.default_rng(0),
           ko="temperature에는 0(탐욕적 디코딩)이나 0.8 같은 양수를 넣어야 합니다. 받은 값: -0.5"),
    raises(language_model.sample, "nan", ValueError, "temperature must be 0 (greedy) or a "
           "positive number such as 0.8, got nan", LM_WEIGHTS, VOCAB, "he", 10, nan,
           np.random.default_rng(0),
           ko="temperature에는 0(탐욕적 디코딩)이나 0.8 같은 양수를 넣어야 합니다. 받은 값: nan"),
    raises(language_model.sample, "type", TypeError, "temperature must be a number >= 0, got str "
           "'hot'", LM_WEIGHTS, VOCAB, "he", 10, "hot", np.random.default_rng(0),
           ko="temperature에는 0 이상의 수를 넣어야 합니다. 받은 값: str 'hot'"),
    raises(language_model.sample, "type", TypeError, "rng must be a np.random.Generator, got int "
           "0", LM_WEIGHTS, VOCAB, "he", 10, 1.0, 0,
           ko="rng에는 np.random.Generator를 넣어야 합니다. 받은 값: int 0"),
    # --- helpers.reference ----------------------------------------------------------------------
    *forward_cases(reference.simple_rnn_forward, SIMPLE, "initial_state", "initial_state"),
    *forward_cases(reference.lstm_forward, LSTM, "initial h", "초기 h"),
    *forward_cases(reference.gru_forward, GRU, "initial_state", "initial_state"),
    raises(reference.lstm_forward, "type", TypeError, "initial_state must be a pair (h, c), "
           "got str 'hc'", X, *LSTM, initial_state="hc",
           ko="initial_state에는 (h, c) 쌍을 넣어야 합니다. 받은 값: str 'hc'"),
    raises(reference.lstm_forward, "type", TypeError, "return_state must be True or False, "
           "got str 'yes'", X, *LSTM, return_state="yes",
           ko="return_state에는 True나 False를 넣어야 합니다. 받은 값: str 'yes'"),
    raises(reference.gru_forward, "type", TypeError, "return_state must be True or False, "
           "got int 1", X, *GRU, return_state=1,
           ko="return_state에는 True나 False를 넣어야 합니다. 받은 값: int 1"),
    # SimpleRNN only: what a learner passing NumPy-layout weights or odd states gets.
    raises(reference.simple_rnn_forward, "shape", ValueError, "kernel has shape (2, 3) but the "
           "input has 3 features: expected (input_dim, units) = (3, units); it looks transposed: "
           "did you pass W_x of shape (units, input_dim)?", X, np.zeros((2, 3)), *SIMPLE[1:],
           ko="kernel의 형태는 (2, 3)인데 입력의 특성은 3개입니다. 기대한 형태: (input_dim, "
              "units) = (3, units). 전치된 것 같습니다: 형태가 (units, "
              "input_dim)인 W_x를 넘기지 않았습니까?"),
    raises(reference.simple_rnn_forward, "shape", ValueError, "recurrent_kernel must be 2-D, got "
           "shape (2,)", X, SIMPLE[0], np.zeros(2), SIMPLE[2],
           ko="recurrent_kernel에는 2-D 배열을 넣어야 합니다. 받은 형태: (2,)"),
    raises(reference.simple_rnn_forward, "shape", ValueError, "bias must be 1-D, got shape (1, 2)",
           X, *SIMPLE[:2], np.zeros((1, 2)),
           ko="bias에는 1-D 배열을 넣어야 합니다. 받은 형태: (1, 2)"),
    raises(reference.simple_rnn_forward, "type", TypeError, "bias must be a numeric array, got "
           "NoneType None", X, *SIMPLE[:2], None,
           ko="bias에는 숫자 배열을 넣어야 합니다. 받은 값: NoneType None"),
    raises(reference.simple_rnn_forward, "shape", ValueError, "initial_state has shape (3,), "
           "expected (2,) or (1, 2)", X, *SIMPLE, initial_state=np.zeros(3),
           ko="initial_state의 형태가 (3,)입니다. 기대한 형태: (2,) 또는 (1, 2)"),
    raises(reference.simple_rnn_forward, "shape", ValueError, "initial_state has shape (3, 2), "
           "expected (2,) or (4, 2)", np.zeros((4, 5, 3)), *SIMPLE, initial_state=np.zeros((3, 2)),
           ko="initial_state의 형태가 (3, 2)입니다. 기대한 형태: (2,) 또는 (4, 2)"),
    raises(reference.simple_rnn_forward, "shape", ValueError, "initial_state must be 1-D or 2-D, "
           "got shape (1, 1, 2)", X, *SIMPLE, initial_state=np.zeros((1, 1, 2)),
           ko="initial_state에는 1-D 또는 2-D 배열을 넣어야 합니다. 받은 형태: (1, 1, 2)"),
    raises(reference.simple_rnn_forward, "type", TypeError, "initial_state must be a numeric "
           "array, got str 'zeros'", X, *SIMPLE, initial_state="zeros",
           ko="initial_state에는 숫자 배열을 넣어야 합니다. 받은 값: str 'zeros'"),
    raises(reference.simple_rnn_forward, "shape", ValueError, "inputs must be 2-D or 3-D, got "
           "shape (1, 2, 5, 3)", np.zeros((1, 2, 5, 3)), *SIMPLE,
           ko="inputs에는 2-D 또는 3-D 배열을 넣어야 합니다. 받은 형태: (1, 2, 5, 3)"),
    raises(reference.simple_rnn_forward, "nan", ValueError, "kernel contains NaN or infinite",
           X, np.full((3, 2), inf), *SIMPLE[1:],
           ko="kernel에 NaN이나 무한대 값이 있습니다: inf (인덱스 (0, 0))"),
    raises(reference.simple_rnn_forward, "type", TypeError, "activation must be a function such "
           "as np.tanh, got str 'relu'", X, *SIMPLE, activation="relu",
           ko="activation에는 np.tanh 같은 함수를 넣어야 합니다. 받은 값: str 'relu'"),
    # One step: x_t (batch, features) and the states (batch, units), weights as above.
    raises(reference.simple_rnn_step, "shape", ValueError, "h_prev has shape (3,), expected "
           "(4, 2): (batch, units) for x_t of shape (4, 3)", np.zeros((4, 3)), np.zeros(3),
           *SIMPLE,
           ko="h_prev의 형태가 (3,)입니다. 기대한 형태: (4, 2) (x_t의 형태가 (4, "
              "3)일 때의 (batch, units))"),
    raises(reference.simple_rnn_step, "shape", ValueError, "kernel has shape (3, 2) but the "
           "input has 2 features", np.zeros(2), np.zeros(2), *SIMPLE,
           ko="kernel의 형태는 (3, 2)인데 입력의 특성은 2개입니다. 기대한 형태: (input_dim, "
              "units) = (2, units). 전치된 것 같습니다: 형태가 (units, "
              "input_dim)인 W_x를 넘기지 않았습니까?"),
    raises(reference.simple_rnn_step, "nan", ValueError, "x_t contains NaN or infinite values",
           [nan, 0.0, 0.0], np.zeros(2), *SIMPLE,
           ko="x_t에 NaN이나 무한대 값이 있습니다: nan (인덱스 0)"),
    raises(reference.simple_rnn_step, "type", TypeError, "activation must be a function such as "
           "np.tanh, got NoneType None", np.zeros(3), np.zeros(2), *SIMPLE, activation=None,
           ko="activation에는 np.tanh 같은 함수를 넣어야 합니다. 받은 값: NoneType None"),
    raises(reference.lstm_step, "shape", ValueError, "c_prev has shape (2, 2), expected (2,)",
           np.zeros(3), np.zeros(2), np.zeros((2, 2)), *LSTM,
           ko="c_prev의 형태가 (2, 2)입니다. 기대한 형태: (2,) (x_t의 형태가 (3,)일 때의 (batch, "
              "units))"),
    raises(reference.lstm_step, "type", TypeError, "h_prev must be a numeric array, got "
           "NoneType None", np.zeros(3), None, np.zeros(2), *LSTM,
           ko="h_prev에는 숫자 배열을 넣어야 합니다. 받은 값: NoneType None"),
    raises(reference.lstm_step, "shape", ValueError, "recurrent_kernel has shape (2, 6), "
           "expected (units, 4 * units) = (2, 8)", np.zeros(3), np.zeros(2), np.zeros(2),
           np.zeros((3, 8)), np.zeros((2, 6)), np.zeros(8),
           ko="recurrent_kernel의 형태가 (2, 6)입니다. 기대한 형태: (units, 4 * units) = (2, 8)"),
    raises(reference.lstm_step, "type", TypeError, "output_activation must be a function such as "
           "np.tanh, got int 1", np.zeros(3), np.zeros(2), np.zeros(2), *LSTM,
           output_activation=1,
           ko="output_activation에는 np.tanh 같은 함수를 넣어야 합니다. 받은 값: int 1"),
    raises(reference.gru_step, "shape", ValueError, "bias must be 2-D, got shape (6,)",
           np.zeros(3), np.zeros(2), np.zeros((3, 6)), np.zeros((2, 6)), np.zeros(6),
           ko="bias에는 2-D 배열을 넣어야 합니다. 받은 형태: (6,)"),
    raises(reference.gru_step, "shape", ValueError, "h_prev has shape (1, 2), expected (2,)",
           np.zeros(3), np.zeros((1, 2)), *GRU,
           ko="h_prev의 형태가 (1, 2)입니다. 기대한 형태: (2,) (x_t의 형태가 (3,)일 때의 (batch, "
              "units))"),
    # --- helpers.reference: 07 (backpropagation through time) -----------------------------------
    raises(reference.softmax_cross_entropy, "empty", ValueError, "logits must not be empty, got "
           "shape (0, 5)", np.zeros((0, 5)), np.zeros(0, int),
           ko="logits에 빈 배열을 넣을 수 없습니다. 받은 형태: (0, 5)"),
    raises(reference.softmax_cross_entropy, "type", TypeError, "targets must be whole-number "
           "class indices, got array of shape (2,) and dtype float64", np.zeros((2, 3)),
           [0.0, 1.0],
           ko="targets에는 정수 클래스 인덱스를 넣어야 합니다. 받은 값: "
              "형태가 (2,)이고 dtype이 float64인 배열"),
    raises(reference.softmax_cross_entropy, "shape", ValueError, "targets has shape (3,), expected "
           "(2,): one per step", np.zeros((2, 3)), [0, 1, 2],
           ko="targets의 형태가 (3,)입니다. 기대한 형태: (2,) (시점마다 하나)"),
    raises(reference.softmax_cross_entropy, "nan", ValueError, "logits contains NaN or infinite "
           "values: nan at index (0, 1)", [[0.0, nan]], [0],
           ko="logits에 NaN이나 무한대 값이 있습니다: nan (인덱스 (0, 1))"),
    raises(reference.softmax_cross_entropy, "range", ValueError, "target 3 is out of range for 3 "
           "classes: expected 0 to 2", np.zeros((2, 3)), [0, 3],
           ko="목표값 3: 클래스 3개의 범위를 벗어납니다. 0부터 2까지여야 합니다"),
    raises(reference.rnn_forward_backward, "empty", ValueError, "inputs must not be empty",
           np.zeros((0, 3)), np.zeros(0, int), *SIMPLE, np.zeros((2, 4)), np.zeros(4),
           ko="inputs에 빈 배열을 넣을 수 없습니다. 받은 형태: (0, 3)"),
    raises(reference.rnn_forward_backward, "type", TypeError, "targets must be whole-number class "
           "indices, got str 'hello'", X, "hello", *SIMPLE, np.zeros((2, 4)), np.zeros(4),
           ko="targets에는 정수 클래스 인덱스를 넣어야 합니다. 받은 값: str 'hello'"),
    raises(reference.rnn_forward_backward, "shape", ValueError, "dense_kernel has shape (3, 4), "
           "expected (units, classes) = (2, classes)", X, np.zeros(5, int), *SIMPLE,
           np.zeros((3, 4)), np.zeros(4),
           ko="dense_kernel의 형태가 (3, 4)입니다. 기대한 형태: (units, classes) = (2, classes)"),
    raises(reference.rnn_forward_backward, "shape", ValueError, "dense_bias has shape (3,), "
           "expected (4,)", X, np.zeros(5, int), *SIMPLE, np.zeros((2, 4)), np.zeros(3),
           ko="dense_bias의 형태가 (3,)입니다. 기대한 형태: (4,)"),
    raises(reference.rnn_forward_backward, "shape", ValueError, "targets has shape (1, 5), "
           "expected (5,): one per step", X, np.zeros((1, 5), int), *SIMPLE, np.zeros((2, 4)),
           np.zeros(4), ko="targets의 형태가 (1, 5)입니다. 기대한 형태: (5,) (시점마다 하나)"),
    raises(reference.rnn_forward_backward, "nan", ValueError, "dense_kernel contains NaN or "
           "infinite values", X, np.zeros(5, int), *SIMPLE, np.full((2, 4), inf), np.zeros(4),
           ko="dense_kernel에 NaN이나 무한대 값이 있습니다: inf (인덱스 (0, 0))"),
    raises(reference.rnn_forward_backward, "range", ValueError, "target 4 is out of range for 4 "
           "classes", X, np.full(5, 4), *SIMPLE, np.zeros((2, 4)), np.zeros(4),
           ko="목표값 4: 클래스 4개의 범위를 벗어납니다. 0부터 3까지여야 합니다"),
    raises(reference.clip_by_global_norm, "empty", ValueError, "grads is empty", {}, 1.0,
           ko="grads에 아무것도 없습니다. 기울기 배열이 하나 이상 있어야 합니다"),
    raises(reference.clip_by_global_norm, "type", TypeError, "grads must be a dict or a list of "
           "arrays, got array of shape (3,)", np.zeros(3), 1.0,
           ko="grads에는 딕셔너리나 배열의 리스트를 넣어야 합니다. 받은 값: "
              "형태가 (3,)이고 dtype이 float64인 배열"),
    raises(reference.clip_by_global_norm, "type", TypeError, "max_norm must be a number such as "
           "1.0, got str '1'", [np.zeros(3)], "1",
           ko="max_norm에는 1.0 같은 수를 넣어야 합니다. 받은 값: str '1'"),
    raises(reference.clip_by_global_norm, "type", TypeError, "W_h must be a numeric array, got "
           "NoneType None", {"W_h": None}, 1.0,
           ko="W_h에는 숫자 배열을 넣어야 합니다. 받은 값: NoneType None"),
    raises(reference.clip_by_global_norm, "nan", ValueError, "grads[1] contains NaN or infinite "
           "values: inf at index 0", [np.zeros(2), [inf, 0.0]], 1.0,
           ko="grads[1]에 NaN이나 무한대 값이 있습니다: inf (인덱스 0)"),
    raises(reference.clip_by_global_norm, "range", ValueError, "max_norm must be a positive finite "
           "number, got 0", [np.zeros(2)], 0,
           ko="max_norm에는 유한한 양수를 넣어야 합니다. 받은 값: 0"),
    raises(reference.clip_by_global_norm, "range", ValueError, "max_norm must be a positive finite "
           "number, got inf", [np.zeros(2)], inf,
           ko="max_norm에는 유한한 양수를 넣어야 합니다. 받은 값: inf"),
    # --- helpers.plot ---------------------------------------------------------------------------
    raises(plot.plot_char_strips, "empty", ValueError, "text is empty", "", {"a": []},
           ko="text에 문자가 없습니다. 그릴 문자가 하나 이상 있어야 합니다"),
    raises(plot.plot_char_strips, "type", TypeError, "rows must be a dict of label -> one value "
           "per character, got list", "hi", [1, 2],
           ko="rows에는 레이블마다 문자별 값을 하나씩 대응시킨 딕셔너리를 넣어야 합니다. "
              "받은 값: list [1, 2]"),
    raises(plot.plot_char_strips, "shape", ValueError, "rows['loss'] has 3 values for a text of "
           "2 characters", "hi", {"loss": [1, 2, 3]},
           ko="rows['loss']의 값은 3개인데 텍스트의 문자는 2개입니다. "
              "문자마다 값이 하나씩 있어야 합니다"),
    raises(plot.plot_char_strips, "nan", ValueError, "rows['loss'] contains NaN or infinite",
           "hi", {"loss": [1, nan]},
           ko="rows['loss']에 NaN이나 무한대 값이 있습니다: nan (인덱스 1)"),
    raises(plot.plot_hidden_states, "empty", ValueError, "states must not be empty, got shape "
           "(0, 3)", np.zeros((0, 3)), ko="states에 빈 배열을 넣을 수 없습니다. 받은 형태: (0, 3)"),
    raises(plot.plot_hidden_states, "type", TypeError, "states must be a numeric array, got "
           "NoneType None", None,
           ko="states에는 숫자 배열을 넣어야 합니다. 받은 값: NoneType None"),
    raises(plot.plot_hidden_states, "type", TypeError, "title must be a string, got int 5",
           np.zeros((2, 2)), title=5, ko="title에는 문자열을 넣어야 합니다. 받은 값: int 5"),
    raises(plot.plot_hidden_states, "vocab", ValueError, "title 'states $h_$' is not math that "
           "matplotlib can typeset", np.zeros((2, 2)), title="states $h_$",
           ko="title 'states $h_$': matplotlib이 조판할 수 없는 수식입니다(조판한 문자열: "
              "'states $h_$'). $...$ 부분에 짝이 맞지 않는 중괄호, 뒤에 아무것도 없는 _나 ^, "
              "알 수 없는 \\명령이 있는지 확인하십시오"),
    raises(plot.plot_hidden_states, "type", TypeError, "colorbar must be True or False, got str "
           "'no'", np.zeros((2, 2)), colorbar="no",
           ko="colorbar에는 True나 False를 넣어야 합니다. 받은 값: str 'no'"),
    raises(plot.plot_hidden_states, "type", TypeError, "ax must be a matplotlib Axes or None",
           np.zeros((2, 2)), ax="left",
           ko="ax에는 matplotlib Axes나 None을 넣어야 합니다. 받은 값: str 'left'"),
    raises(plot.plot_hidden_states, "shape", ValueError, "states must be 2-D, got shape (5,)",
           np.zeros(5), ko="states에는 2-D 배열을 넣어야 합니다. 받은 형태: (5,)"),
    raises(plot.plot_hidden_states, "nan", ValueError, "states contains NaN or infinite values: "
           "nan at index (0, 1)", [[0.0, nan]],
           ko="states에 NaN이나 무한대 값이 있습니다: nan (인덱스 (0, 1))"),
    raises(plot.plot_hidden_states, "range", ValueError, "highlight_step 6 is outside 1 to 5",
           np.zeros((5, 3)), highlight_step=6,
           ko="highlight_step에는 1부터 5까지의 값을 넣어야 합니다. 받은 값: 6"),
    raises(plot.plot_next_char_training, "shape", ValueError, "predictions has 1 strings but "
           "losses 2 values: expected one of each per epoch", [1.0, 0.5], ["ab"], "ab",
           ko="predictions에는 문자열이 1개, losses에는 값이 2개 있습니다. "
              "에포크마다 하나씩 있어야 합니다"),
    raises(plot.plot_next_char_training, "shape", ValueError, "the prediction after epoch 2 has "
           "1 characters, the target 2", [1.0, 0.5], ["ab", "a"], "ab",
           ko="에포크 2 뒤의 예측은 문자 1개, target은 문자 2개입니다"),
    raises(plot.plot_next_char_training, "type", TypeError, "predictions must be a list of "
           "predicted strings, one per epoch, got str 'ab'", [1.0], "ab", "ab",
           ko="predictions에는 에포크마다 하나씩 예측한 문자열의 리스트를 넣어야 합니다. "
              "받은 값: str 'ab'"),
    raises(plot.plot_next_char_training, "empty", TypeError, "target must be a non-empty string",
           [1.0], ["ab"], "",
           ko="target에는 비어 있지 않은 문자열을 넣어야 합니다. 받은 값: str ''"),
    raises(plot.plot_next_char_training, "nan", ValueError, "losses contains NaN or infinite",
           [nan], ["ab"], "ab", ko="losses에 NaN이나 무한대 값이 있습니다: nan (인덱스 0)"),
    raises(plot.plot_next_char_training, "range", ValueError, "first_right 3 is outside 1 to 2",
           [1.0, 0.5], ["ab", "ab"], "ab", first_right=3,
           ko="first_right에는 1부터 2까지의 값을 넣어야 합니다. 받은 값: 3"),
    raises(plot.plot_next_char_training, "type", TypeError, "title must be a string, got int 5",
           [1.0], ["ab"], "ab", 5, ko="title에는 문자열을 넣어야 합니다. 받은 값: int 5"),
    raises(plot.draw_bidirectional_rnn, "range", ValueError, "timesteps 9 is too many to draw "
           "legibly: use at most 8", 9,
           ko="timesteps 9: 너무 많아 알아보기 좋게 그릴 수 없습니다. 8 이하로 쓰십시오"),
    raises(plot.draw_bidirectional_rnn, "type", TypeError, "timesteps must be a whole number, "
           "got float 2.5", 2.5, ko="timesteps에는 정수를 넣어야 합니다. 받은 값: float 2.5"),
    raises(plot.draw_bidirectional_rnn, "type", TypeError, "ax must be a matplotlib Axes or None",
           3, ax="left", ko="ax에는 matplotlib Axes나 None을 넣어야 합니다. 받은 값: str 'left'"),
    raises(plot.plot_gradient_norms, "type", TypeError, "norms must map a label to a 1-D array "
           "of values, got list", [1.0, 0.5],
           ko="norms에는 레이블마다 1차원 값 배열을 대응시킨 딕셔너리를 넣어야 합니다. 받은 값: "
              "list [1.0, 0.5]"),
    raises(plot.plot_gradient_norms, "shape", ValueError, "norms['b'] has 2 values, expected 3",
           {"a": [1.0, 0.5, 0.2], "b": [1.0, 0.5]},
           ko="norms['b']의 값이 2개입니다. 기대한 개수: 3 (첫 번째 곡선처럼 거리마다 하나)"),
    raises(plot.plot_gradient_norms, "nan", ValueError, "norms['a'] contains NaN or infinite",
           {"a": [1.0, nan]}, ko="norms['a']에 NaN이나 무한대 값이 있습니다: nan (인덱스 1)"),
    raises(plot.plot_gradient_norms, "range", ValueError, "norms['a'] has -1 at distance 1",
           {"a": [1.0, -1.0]},
           ko="norms['a']의 값이 거리 1에서 -1입니다. "
              "로그 눈금에 그리려면 기울기 노름이 양수여야 합니다"),
    raises(plot.plot_gradient_norms, "vocab", TypeError, "linestyles must map labels of norms",
           {"a": [1.0]}, linestyles={"b": "--"},
           ko="linestyles에는 norms의 레이블(['a'])을 선 스타일에 대응시키는 딕셔너리를 넣어야 "
              "합니다. 받은 값: dict {'b': '--'}"),
    raises(plot.plot_lstm_memory, "type", TypeError, "trace must map 'i', 'f', 'o' and 'c' to "
           "(steps, cells) arrays, got dict", np.zeros(3), {"i": np.zeros((3, 2))},
           np.zeros((3, 2)),
           ko="trace에는 'i', 'f', 'o', 'c'마다 (steps, "
              "cells) 배열을 대응시킨 딕셔너리를 넣어야 합니다. 받은 값: dict {'i': array([[0., "
              "0.], [0., 0.], [0., 0.]])}"),
    raises(plot.plot_lstm_memory, "shape", ValueError, "correlation has shape (2, 3), expected "
           "(steps, cells) = (3, 2)", np.zeros(3), {k: np.zeros((3, 2)) for k in "ifoc"},
           np.zeros((2, 3)),
           ko="correlation의 형태가 (2, 3)입니다. 기대한 형태: (steps, cells) = (3, "
              "2) (입력 시점마다 한 행)"),
    raises(plot.plot_lstm_memory, "nan", ValueError, "inputs contains NaN or infinite",
           [nan, 0.0], {k: np.zeros((2, 2)) for k in "ifoc"}, np.zeros((2, 2)),
           ko="inputs에 NaN이나 무한대 값이 있습니다: nan (인덱스 0)"),
    raises(plot.plot_window_and_errors, "vocab", TypeError, "predictions must map the same model "
           "names as errors (['a']) to one prediction each", [0.1], 0.2, {"b": 0.2}, [0.0],
           {"a": [0.1]}, {"a": (0, 0)}, 0.0,
           ko="predictions에는 errors와 같은 모델 이름(['a'])마다 예측 하나를 대응시킨 "
              "딕셔너리를 넣어야 합니다. 받은 값: dict {'b': 0.2}"),
    raises(plot.plot_window_and_errors, "vocab", TypeError, "trained_on must map the same model "
           "names as errors", [0.1], 0.2, {"a": 0.2}, [0.0], {"a": [0.1]}, {}, 0.0,
           ko="trained_on에는 errors와 같은 모델 이름(['a'])마다 학습한 시작값의 (최저, "
              "최고)를 대응시킨 딕셔너리를 넣어야 합니다. 받은 값: dict {}"),
    raises(plot.plot_window_and_errors, "empty", TypeError, "errors must map a label to a 1-D "
           "array of values, got dict {}", [0.1], 0.2, {}, [0.0], {}, {}, 0.0,
           ko="errors에는 레이블마다 1차원 값 배열을 대응시킨 딕셔너리를 넣어야 합니다. 받은 값: "
              "dict {}"),
    raises(plot.plot_rnn_shapes, "type", TypeError, "units must be a whole number, got float",
           2.5, 3, 4, {}, ko="units에는 정수를 넣어야 합니다. 받은 값: float 2.5"),
    raises(plot.plot_rnn_shapes, "type", TypeError, "shapes must map a label to a shape tuple, "
           "got list", 2, 3, 4, [(None, 4, 2)],
           ko="shapes에는 레이블마다 형태 튜플을 대응시킨 딕셔너리를 넣어야 합니다. 받은 값: "
              "list [(None, 4, 2)]"),
    raises(plot.plot_memory_cell, "shape", ValueError, "states has 2 time steps but inputs has 3",
           np.zeros((3, 2)), np.zeros((2, 4)), 1,
           ko="states의 시점은 2개인데 inputs의 시점은 3개입니다. "
              "입력 시점마다 상태가 하나씩 있어야 합니다"),
    raises(plot.plot_memory_cell, "range", ValueError, "step 4 is outside 1 to 3",
           np.zeros((3, 2)), np.zeros((3, 4)), 4,
           ko="step에는 1부터 3까지의 값을 넣어야 합니다. 받은 값: 4"),
    raises(plot.plot_memory_cell, "nan", ValueError, "states contains NaN or infinite",
           np.zeros((1, 2)), [[nan]], 1,
           ko="states에 NaN이나 무한대 값이 있습니다: nan (인덱스 (0, 0))"),
    raises(plot.plot_sequence_predictions, "range", ValueError, "probabilities['a'] has values "
           "from -0.1 to 0.5: expected probabilities between 0 and 1", [0.1, 0.2], [0, 1],
           {"a": [-0.1, 0.5]}, "t",
           ko="probabilities['a']의 값이 -0.1부터 0.5까지입니다. 0과 1 사이의 확률이어야 합니다"),
    raises(plot.plot_sequence_predictions, "vocab", ValueError, "labels must be 2 values, each 0 "
           "or 1", [0.1, 0.2], [0, 3], {"a": [0.1, 0.5]}, "t",
           ko="labels에는 0이나 1인 값을 2개(시점마다 하나) 넣어야 합니다. 받은 값: [0. 3.]"),
    raises(plot.plot_sequence_predictions, "shape", ValueError, "probabilities['a'] has 1 values, "
           "expected 2", [0.1, 0.2], [0, 1], {"a": [0.5]}, "t",
           ko="probabilities['a']의 값이 1개입니다. 기대한 개수: 2 (시작값마다 하나)"),
    raises(plot.plot_state_changes, "type", TypeError, "changes must map a name to a (timesteps, "
           "units) array, got list", [np.zeros((2, 2))], 1,
           ko="changes에는 이름마다 (timesteps, units) 배열을 대응시킨 딕셔너리를 넣어야 합니다. "
              "받은 값: list [array([[0., 0.], [0., 0.]])]"),
    raises(plot.plot_state_changes, "range", ValueError, "step 3 is outside 1 to 2",
           {"a": np.zeros((2, 2))}, 3, ko="step에는 1부터 2까지의 값을 넣어야 합니다. 받은 값: 3"),
    raises(plot.plot_curves, "shape", ValueError, "curves['a'] has 1 values, expected 2: one per "
           "position of x", {"a": [1.0]}, x=[1, 2],
           ko="curves['a']의 값이 1개입니다. 기대한 개수: 2 (x의 위치마다 하나)"),
    raises(plot.plot_curves, "vocab", TypeError, "colours must map labels of curves (['a']) to a "
           "colour", {"a": [1.0]}, colours={"b": "red"},
           ko="colours에는 curves의 레이블(['a'])을 색에 대응시키는 딕셔너리를 넣어야 합니다. "
              "받은 값: dict {'b': 'red'}"),
    raises(plot.plot_curves, "range", ValueError, "log_y needs positive values, but curves['a'] "
           "is 0 at epoch 2", {"a": [1.0, 0.0]}, log_y=True,
           ko="log_y에는 양수 값만 쓸 수 있는데, curves['a']의 값이 에포크 2에서 0입니다. "
              "log_y=False를 쓰십시오"),
    raises(plot.plot_curves, "type", TypeError, "reference must be (value, label), got float",
           {"a": [1.0]}, reference=0.5,
           ko="reference에는 (값, 레이블) 쌍을 넣어야 합니다. 받은 값: float 0.5"),
    raises(plot.plot_predictions_against_targets, "shape", ValueError, "points['a'] has 2 targets "
           "but 1 predictions", {"a": ([1.0, 2.0], [1.0])},
           ko="points['a']의 목표값은 2개인데 예측은 1개입니다. "
              "목표값마다 예측이 하나씩 있어야 합니다"),
    raises(plot.plot_predictions_against_targets, "type", TypeError, "points must map a label to "
           "(targets, predictions), got dict {}", {},
           ko="points에는 레이블마다 (targets, "
              "predictions) 쌍을 대응시킨 딕셔너리를 넣어야 합니다. 받은 값: dict {}"),
    raises(plot.plot_samples, "type", TypeError, "texts must be a list of sampled strings, got str",
           "abc", np.zeros((2, 3)), "abc", "t",
           ko="texts에는 샘플링한 문자열의 리스트를 넣어야 합니다. 받은 값: str 'abc'"),
    raises(plot.plot_samples, "shape", ValueError, "probabilities has shape (2, 2), expected "
           "(2, 3)", ["abc"], np.zeros((2, 2)), "abc", "t",
           ko="probabilities의 형태가 (2, 2)입니다. 기대한 형태: (2, "
              "3) ('abc'의 첫 문자 뒤 시점마다 한 행, 문자마다 한 열)"),
    raises(plot.plot_samples, "vocab", ValueError, "texts[0] 'abz' has characters outside chars: "
           "['z']", ["abz"], np.zeros((2, 3)), "abc", "t",
           ko="texts[0] 'abz'에 chars에 없는 문자가 있습니다: ['z']"),
    raises(plot.plot_clipping_run, "shape", ValueError, "norms has 2 values and losses 1",
           [1.0, 2.0], [1.0], None, 3.0, "t",
           ko="norms의 값은 2개, losses의 값은 1개입니다. 업데이트마다 하나씩, "
              "적어도 하나는 있어야 합니다"),
    raises(plot.plot_clipping_run, "range", ValueError, "norms must be positive for a log scale",
           [-1.0], [1.0], None, 3.0, "t",
           ko="norms에는 로그 눈금에 그릴 양수를 넣어야 합니다. 받은 값: -1"),
    raises(plot.plot_clipping_run, "nan", ValueError, "losses contains NaN or infinite",
           [1.0], [nan], 1.0, 3.0, "t", ko="losses에 NaN이나 무한대 값이 있습니다: nan (인덱스 0)"),
    raises(plot.draw_unrolled_rnn, "empty", ValueError, "input_symbol must not be empty",
           3, input_symbol="",
           ko="input_symbol에 빈 문자열을 넣을 수 없습니다. 'x'나 'h' 같은 글자를 쓰십시오"),
    raises(plot.draw_unrolled_rnn, "type", TypeError, "timesteps must be a whole number, got "
           "str '4'", "4", ko="timesteps에는 정수를 넣어야 합니다. 받은 값: str '4'"),
    raises(plot.draw_unrolled_rnn, "type", TypeError, "inputs_at must be a list of step numbers "
           "such as [1, 3], got int 2", 3, inputs_at=2,
           ko="inputs_at에는 [1, 3] 같은 시점 번호의 리스트를 넣어야 합니다. 받은 값: int 2"),
    raises(plot.draw_unrolled_rnn, "type", TypeError, "output_symbol must be a string, got "
           "NoneType None", 3, output_symbol=None,
           ko="output_symbol에는 문자열을 넣어야 합니다. 받은 값: NoneType None"),
    raises(plot.draw_unrolled_rnn, "type", TypeError, "cell_label must be a string, got int 5",
           3, cell_label=5, ko="cell_label에는 문자열을 넣어야 합니다. 받은 값: int 5"),
    raises(plot.draw_unrolled_rnn, "vocab", ValueError, "input_symbol 'x_' is not math that "
           "matplotlib can typeset (as '$x__{1}$')", 3, input_symbol="x_",
           ko="input_symbol 'x_': matplotlib이 조판할 수 없는 수식입니다(조판한 문자열: "
              "'$x__{1}$'). $...$ 부분에 짝이 맞지 않는 중괄호, 뒤에 아무것도 없는 _나 ^, "
              "알 수 없는 \\명령이 있는지 확인하십시오"),
    raises(plot.draw_unrolled_rnn, "vocab", ValueError, "title '$\\\\frac$' is not math",
           3, title="$\\frac$",
           ko="title '$\\\\frac$': matplotlib이 조판할 수 없는 수식입니다(조판한 문자열: "
              "'$\\\\frac$'). $...$ 부분에 짝이 맞지 않는 중괄호, 뒤에 아무것도 없는 _나 ^, "
              "알 수 없는 \\명령이 있는지 확인하십시오"),
    raises(plot.draw_unrolled_rnn, "shape", TypeError, "inputs_at entry must be a whole number, "
           "got list [1, 2]", 3, inputs_at=[[1, 2]],
           ko="inputs_at의 항목에는 정수를 넣어야 합니다. 받은 값: list [1, 2]"),
    raises(plot.draw_unrolled_rnn, "range", ValueError, "timesteps 13 is too many to draw legibly",
           13, ko="timesteps 13: 너무 많아 알아보기 좋게 그릴 수 없습니다. 12 이하로 쓰십시오"),
    raises(plot.draw_unrolled_rnn, "range", ValueError, "outputs_at names step 9, but there are "
           "only 4 steps", 4, outputs_at=[2, 9],
           ko="outputs_at에 없는 시점이 있습니다: 9. 시점은 4개뿐입니다"),
    raises(plot.plot_training_curves, "empty", ValueError, "history is empty", {},
           ko="history에 아무것도 없습니다. {'loss': [...]}처럼 지표가 하나 이상 있어야 합니다"),
    raises(plot.plot_training_curves, "empty", ValueError, "history['loss'] must not be empty",
           {"loss": []}, ko="history['loss']에 빈 배열을 넣을 수 없습니다. 받은 형태: (0,)"),
    raises(plot.plot_training_curves, "type", TypeError, "history must map metric names to lists "
           "of values, got list", [0.5, 0.25],
           ko="history에는 지표 이름마다 값의 리스트를 대응시킨 딕셔너리를 넣어야 합니다. "
              "받은 값: list [0.5, 0.25]"),
    raises(plot.plot_training_curves, "type", TypeError, "history['loss'] must be a numeric array, "
           "not text", {"loss": ["0.5", "0.25"]},
           ko="history['loss']에는 텍스트가 아니라 숫자 배열을 넣어야 합니다. 받은 값: "
              "list ['0.5', '0.25']"),
    raises(plot.plot_training_curves, "type", TypeError, "log_y must be True or False, got str "
           "'yes'", {"loss": [1.0, 0.5]}, log_y="yes",
           ko="log_y에는 True나 False를 넣어야 합니다. 받은 값: str 'yes'"),
    raises(plot.plot_training_curves, "type", TypeError, "title must be a string, got int 3",
           {"loss": [1.0, 0.5]}, title=3, ko="title에는 문자열을 넣어야 합니다. 받은 값: int 3"),
    raises(plot.plot_training_curves, "shape", ValueError, "history['loss'] must be 1-D, got shape "
           "(1, 2)", {"loss": [[1.0, 0.5]]},
           ko="history['loss']에는 1-D 배열을 넣어야 합니다. 받은 형태: (1, 2)"),
    raises(plot.plot_training_curves, "nan", ValueError, "history['val_loss'] contains NaN or "
           "infinite values: nan at index 1", {"loss": [1.0, 0.5], "val_loss": [1.0, nan]},
           ko="history['val_loss']에 NaN이나 무한대 값이 있습니다: nan (인덱스 1)"),
    raises(plot.plot_training_curves, "range", ValueError, "log_y needs positive values, but "
           "history['mae'] is 0 at epoch 2", {"mae": [0.5, 0.0, 0.1]}, log_y=True,
           ko="log_y에는 양수 값만 쓸 수 있는데, history['mae']의 값이 에포크 2에서 0입니다. "
              "log_y=False를 쓰십시오"),
    # --- helpers.env ----------------------------------------------------------------------------
    raises(env.installed_version, "empty", ValueError, "distribution is empty ('')", "",
           ko="distribution에 이름이 없습니다(''). 'numpy' 같은 이름을 넣으십시오"),
    raises(env.installed_version, "type", TypeError, "distribution must be a package name such "
           "as 'numpy', got NoneType None", None,
           ko="distribution에는 'numpy' 같은 패키지 이름을 넣어야 합니다. 받은 값: NoneType None"),
    raises(env.installed_version, "type", TypeError, "got list ['numpy']", ["numpy"],
           ko="distribution에는 'numpy' 같은 패키지 이름을 넣어야 합니다. 받은 값: "
              "list ['numpy']"),
    raises(env.python_is_supported, "empty", TypeError, "version must be a tuple like (3, 11), "
           "got ()", (), ko="version에는 (3, 11) 같은 튜플을 넣어야 합니다. 받은 값: ()"),
    raises(env.python_is_supported, "type", TypeError, "version must be a tuple like (3, 11), "
           "got '3.10'", "3.10",
           ko="version에는 (3, 11) 같은 튜플을 넣어야 합니다. 받은 값: '3.10'"),
    raises(env.python_is_supported, "type", TypeError, "got (3.0, 10)", (3.0, 10),
           ko="version에는 (3, 11) 같은 튜플을 넣어야 합니다. 받은 값: (3.0, 10)"),
    raises(env.python_is_supported, "shape", TypeError, "got (3,)", (3,),
           ko="version에는 (3, 11) 같은 튜플을 넣어야 합니다. 받은 값: (3,)"),
    # --- helpers.lesson -------------------------------------------------------------------------
    raises(lesson.setup_lesson, "type", TypeError, "seed must be a whole number >= 0, such as "
           "2024, got float 2024.5", 2024.5,
           ko="seed에는 2024처럼 0 이상의 정수를 넣어야 합니다. 받은 값: float 2024.5"),
    raises(lesson.setup_lesson, "range", TypeError, "seed must be a whole number >= 0, such as "
           "2024, got int -1", -1,
           ko="seed에는 2024처럼 0 이상의 정수를 넣어야 합니다. 받은 값: int -1"),
    raises(lesson.setup_lesson, "empty", TypeError, "seed must be a whole number >= 0, such as "
           "2024, got NoneType None", None,
           ko="seed에는 2024처럼 0 이상의 정수를 넣어야 합니다. 받은 값: NoneType None"),
    raises(lesson.setup_lesson, "type", TypeError, "tensorflow must be True or False, got str "
           "'no'", 2024, tensorflow="no",
           ko="tensorflow에는 True나 False를 넣어야 합니다. 받은 값: str 'no'"),
    raises(lesson.setup_lesson, "range", ValueError, "precision must be 0 to 16 decimals, got 40",
           2024, tensorflow=False, precision=40,
           ko="precision에는 0부터 16까지의 자릿수를 넣어야 합니다. 받은 값: 40"),
    # The language a notebook asks for: the message names both languages, in both.
    raises(lesson.setup_lesson, "vocab", ValueError, "language must be one of 'en', 'ko' "
           "(English, 한국어), got 'fr'", 2024, tensorflow=False, language="fr",
           ko="language must be one of 'en', 'ko' (English, 한국어), got 'fr'"),
    raises(i18n.set_language, "vocab", ValueError, "language must be one of 'en', 'ko' "
           "(English, 한국어), got 'kr'", "kr",
           ko="language must be one of 'en', 'ko' (English, 한국어), got 'kr'"),
    raises(i18n.set_language, "type", ValueError, "language must be one of 'en', 'ko' "
           "(English, 한국어), got None", None,
           ko="language must be one of 'en', 'ko' (English, 한국어), got None"),
    raises(lesson.about, "nan", ValueError, "value contains NaN or infinite values: nan", nan,
           ko="value에 NaN이나 무한대 값이 있습니다: nan"),
    raises(lesson.about, "nan", ValueError, "value contains NaN or infinite values: inf at "
           "index 1", [0.5, float("inf")],
           ko="value에 NaN이나 무한대 값이 있습니다: inf (인덱스 1)"),
    raises(lesson.about, "type", TypeError, "value must be a numeric array, got str "
           "'0.97'", "0.97", ko="value에는 숫자 배열을 넣어야 합니다. 받은 값: str '0.97'"),
    raises(lesson.about, "empty", ValueError, "value must not be empty, got shape (0,)", [],
           ko="value에 빈 배열을 넣을 수 없습니다. 받은 형태: (0,)"),
    raises(lesson.about, "type", ValueError, "fmt 'x' is not a format spec for numbers", 0.5,
           "x", ko="fmt 'x': 숫자의 서식 지정자가 아닙니다. '.3f'를 써 보십시오"),
    raises(lesson.about, "type", TypeError, "fmt must be a format spec such as '.3f', got int 3",
           0.5, 3, ko="fmt에는 '.3f' 같은 서식 지정자를 넣어야 합니다. 받은 값: int 3"),
    raises(lesson.show_source, "type", TypeError, "function must be a function or class, got str "
           "'train_until'", "train_until",
           ko="function에는 함수나 클래스를 넣어야 합니다. 받은 값: str 'train_until'"),
    raises(lesson.show_source, "empty", TypeError, "function must be a function or class, got "
           "NoneType None", None,
           ko="function에는 함수나 클래스를 넣어야 합니다. 받은 값: NoneType None"),
    # --- helpers.training -----------------------------------------------------------------------
    raises(training.restart_training, "type", TypeError, "model must be a Keras model, got "
           "NoneType None", None, [np.zeros((2, 3)), np.zeros(3)],
           ko="model에는 Keras 모델을 넣어야 합니다. 받은 값: NoneType None"),
    raises(training.restart_training, "empty", ValueError, "the model has no optimizer yet: call "
           "model.compile(...) first", CompiledModelStandIn(optimizer=None), [],
           ko="모델에 아직 옵티마이저가 없습니다. 먼저 model.compile(...)을 호출하십시오"),
    raises(training.restart_training, "type", TypeError, "weights must be a list of arrays like "
           "model.get_weights(), got str 'weights'", CompiledModelStandIn(), "weights",
           ko="weights에는 model.get_weights() 같은 배열의 리스트를 넣어야 합니다. 받은 값: "
              "str 'weights'"),
    raises(training.restart_training, "empty", ValueError, "weights has 0 arrays, the model has 2",
           CompiledModelStandIn(), [],
           ko="weights의 배열은 0개인데 모델의 배열은 2개입니다. "
              "같은 방식으로 만든 모델에서 가져오십시오"),
    raises(training.restart_training, "shape", ValueError, "weights[0] has shape (3, 2), the "
           "model's has (2, 3)", CompiledModelStandIn(), [np.zeros((3, 2)), np.zeros(3)],
           ko="weights[0]의 형태는 (3, 2)인데 모델의 형태는 (2, 3)입니다. "
              "같은 방식으로 만든 모델에서 가져오십시오"),
    raises(training.restart_training, "nan", ValueError, "weights[1] contains NaN or infinite "
           "values", CompiledModelStandIn(), [np.zeros((2, 3)), np.array([0.0, nan, 0.0])],
           ko="weights[1]에 NaN이나 무한대 값이 있습니다"),
    raises(training.train_until, "type", TypeError, "model must be a Keras model, got str 'model'",
           "model", np.zeros((6, 4, 1)), np.zeros(6), max_error=0.005,
           ko="model에는 Keras 모델을 넣어야 합니다. 받은 값: str 'model'"),
    raises(training.train_until, "empty", ValueError, "the model has no optimizer yet",
           CompiledModelStandIn(optimizer=None), np.zeros((6, 4, 1)), np.zeros(6),
           max_error=0.005,
           ko="모델에 아직 옵티마이저가 없습니다. 먼저 model.compile(...)을 호출하십시오"),
    raises(training.train_until, "shape", ValueError, "inputs hold 6 examples and targets 5",
           CompiledModelStandIn(), np.zeros((6, 4, 1)), np.zeros(5), max_error=0.005,
           ko="inputs의 예제는 6개인데 targets의 목표값은 5개입니다. "
              "예제마다 목표값을 하나씩 넣으십시오"),
    raises(training.train_until, "nan", ValueError, "targets contains NaN or infinite values",
           CompiledModelStandIn(), np.zeros((6, 4, 1)), np.full(6, nan), max_error=0.005,
           ko="targets에 NaN이나 무한대 값이 있습니다: nan (인덱스 0)"),
    raises(training.train_until, "range", ValueError, "max_error must be above 0, got 0",
           CompiledModelStandIn(), np.zeros((6, 4, 1)), np.zeros(6), max_error=0,
           ko="max_error에는 0보다 큰 수를 넣어야 합니다. 받은 값: 0"),
    raises(training.without_autotuning, "type", TypeError, "dataset must be a tf.data.Dataset, "
           "got array of shape (6, 4)", np.zeros((6, 4)),
           ko="dataset에는 tf.data.Dataset을 넣어야 합니다. 받은 값: 형태가 (6, "
              "4)이고 dtype이 float64인 배열"),
    raises(training.train_until, "type", TypeError, "max_error must be a number such as 0.005, "
           "got str '0.005'", CompiledModelStandIn(), np.zeros((6, 4, 1)), np.zeros(6),
           max_error="0.005",
           ko="max_error에는 0.005 같은 수를 넣어야 합니다. 받은 값: str '0.005'"),
    raises(training.train_until, "range", ValueError, "max_steps must be at least 100, got 10",
           CompiledModelStandIn(), np.zeros((6, 4, 1)), np.zeros(6), max_error=0.005,
           max_steps=10, ko="max_steps에는 100 이상의 값을 넣어야 합니다. 받은 값: 10"),
    # --- helpers.widgets ------------------------------------------------------------------------
    raises(figure_widgets.figure_output, "type", TypeError, "figure must be a matplotlib Figure, "
           "got str 'figure'", "figure",
           ko="figure에는 matplotlib Figure를 넣어야 합니다. 받은 값: str 'figure'"),
    raises(figure_widgets.figure_output, "type", TypeError, "figure must be a matplotlib Figure, "
           "got NoneType None", None,
           ko="figure에는 matplotlib Figure를 넣어야 합니다. 받은 값: NoneType None"),
    raises(figure_widgets.interactive_figure, "empty", ValueError, "interactive_figure needs at "
           "least one control", plt.figure,
           ko="interactive_figure에는 step=IntSlider()처럼 컨트롤이 하나 이상 있어야 합니다"),
    raises(figure_widgets.interactive_figure, "type", TypeError, "draw must be a function that "
           "returns a Figure, got NoneType None", None, n=widgets.IntSlider(),
           ko="draw에는 Figure를 반환하는 함수를 넣어야 합니다. 받은 값: NoneType None"),
    raises(figure_widgets.interactive_figure, "type", TypeError, "control 'n' must be an "
           "ipywidgets control such as IntSlider, got int 3", plt.figure, n=3,
           ko="컨트롤 'n'에는 IntSlider 같은 ipywidgets 컨트롤을 넣어야 합니다. 받은 값: int 3"),
    raises(figure_widgets.figure_on_click, "empty", TypeError, "button must be the button's "
           "label, got str ''", plt.figure, "",
           ko="button에는 버튼의 레이블을 넣어야 합니다. 받은 값: str ''"),
    raises(figure_widgets.figure_on_click, "type", TypeError, "draw must be a function that "
           "returns a Figure, got str 'draw'", "draw",
           ko="draw에는 Figure를 반환하는 함수를 넣어야 합니다. 받은 값: str 'draw'"),
    raises(figure_widgets.figure_on_click, "type", TypeError, "control 'text' must be an "
           "ipywidgets control", plt.figure, "Run", text="hihello",
           ko="컨트롤 'text'에는 IntSlider 같은 ipywidgets 컨트롤을 넣어야 합니다. 받은 값: "
              "str 'hihello'"),
    raises(figure_widgets.text_on_click, "type", TypeError, "write must be a function that "
           "returns a string, got str 'write'", "write",
           ko="write에는 문자열을 반환하는 함수를 넣어야 합니다. 받은 값: str 'write'"),
    raises(figure_widgets.text_on_click, "empty", TypeError, "button must be the button's "
           "label, got str ''", str, "",
           ko="button에는 버튼의 레이블을 넣어야 합니다. 받은 값: str ''"),
    raises(figure_widgets.text_on_click, "type", TypeError, "control 'prompt' must be an "
           "ipywidgets control", str, "Run", prompt="JULIET:",
           ko="컨트롤 'prompt'에는 IntSlider 같은 ipywidgets 컨트롤을 넣어야 합니다. 받은 값: "
              "str 'JULIET:'"),
    # --- helpers.checks: 01 ---------------------------------------------------------------------
    answers(check_batched_memory_cell, "empty", "batched_memory_cell returns None",
            returning(None), verdict=NOT_DONE,
            ko="batched_memory_cell의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_batched_memory_cell, "type", "pass the function batched_memory_cell itself, "
            "got str 'cell'", "cell",
            ko="함수 batched_memory_cell 자체를 넘기십시오(받은 값: str 'cell')"),
    answers(check_batched_memory_cell, "type", "batched_memory_cell should return a NumPy array, "
            "got list [['0.5']]", returning([["0.5"]]),
            ko="batched_memory_cell: NumPy 배열을 반환해야 합니다(받은 값: list [['0.5']])"),
    answers(check_batched_memory_cell, "type", "batched_memory_cell returned complex numbers",
            returning(np.zeros((3, 5, 6)) + 1j), ko="batched_memory_cell: 복소수를 반환했습니다"),
    answers(check_batched_memory_cell, "type", "batched_memory_cell raised ZeroDivisionError",
            crashing,
            ko="batched_memory_cell에서 오류가 났습니다: ZeroDivisionError: division by zero"),
    answers(check_batched_memory_cell, "shape", "should return an array with a regular shape "
            "(rows of equal length)", returning([[0.0, 0.0], [0.0]]),
            ko="batched_memory_cell: "
               "형태가 고른 배열(행의 길이가 모두 같은 배열)을 반환해야 합니다(받은 값: "
               "list [[0.0, 0.0], [0.0]])"),
    answers(check_batched_memory_cell, "shape", "returned shape (3, 5); expected (3, 5, 6)",
            lambda x, k, r, b: np.zeros(x.shape[:2]),
            ko="batched_memory_cell 함수가 반환한 형태는 (3, 5)입니다"),
    answers(check_batched_memory_cell, "shape", "gives the same states whatever the inputs",
            returning(np.zeros((3, 5))),
            ko="batched_memory_cell 함수는 입력이 달라도 늘 같은 상태를 반환합니다"),
    answers(check_batched_memory_cell, "nan", "batched_memory_cell returned NaN or infinite values",
            returning(np.full((3, 5, 6), -inf)),
            ko="batched_memory_cell: NaN이나 무한대 값을 반환했습니다"),
    answers(check_saturation_scale, "empty", "set scale to the smallest value", None,
            verdict=NOT_DONE,
            ko="scale에 problem['scales'] 가운데 포화를 일으키는 가장 작은 값을 넣으십시오"),
    answers(check_saturation_scale, "type", "scale should be a number from problem['scales'], got "
            "str ''", "", ko="scale은 problem['scales']에 있는 숫자여야 합니다(받은 값: str '')"),
    answers(check_saturation_scale, "type", "got complex (1+2j)", 1 + 2j,
            ko="scale은 problem['scales']에 있는 숫자여야 합니다(받은 값: complex (1+2j))"),
    answers(check_saturation_scale, "nan", "scale inf is not one of the candidates", inf,
            ko="scale inf: 선택지 [0.5, 1.0,"),
    answers(check_saturation_scale, "range", "scale -4.5 is not one of the candidates", -4.5,
            ko="scale -4.5: 선택지 [0.5, 1.0,"),
    answers(check_saturation_scale, "range", "is not one of the candidates", 10**400,
            ko="9.5, 10.0] 가운데 하나가 아닙니다"),
    # --- helpers.checks: 02 ---------------------------------------------------------------------
    answers(check_simple_rnn_prediction, "empty", "fill in both params and output_shape", 72, None,
            verdict=NOT_DONE, ko="params와 output_shape를 모두 채우십시오"),
    answers(check_simple_rnn_prediction, "empty", "() is not the output shape", 72, (),
            ko="(): 출력 형태가 아닙니다"),
    answers(check_simple_rnn_prediction, "type", "output_shape should be a tuple, not text: got "
            "str '16, 12, 6'", 72, "16, 12, 6",
            ko="output_shape는 텍스트가 아니라 튜플이어야 합니다(받은 값: str '16, 12, 6')"),
    answers(check_simple_rnn_prediction, "type", "params should be a whole number, got str ''",
            "", (16, 12, 6), ko="params: 정수여야 합니다(받은 값: str '')"),
    answers(check_simple_rnn_prediction, "nan", "params should be a whole number (a count of "
            "parameters), got inf", inf, (16, 12, 6),
            ko="params: 정수(파라미터 수)여야 합니다(받은 값: inf)"),
    answers(check_simple_rnn_prediction, "range", "-72 is not the count", -72, (16, 12, 6),
            ko="-72개는 올바른 파라미터 수가 아닙니다"),
    answers(check_tf1_port, "empty", "build_model returns None", returning(None),
            verdict=NOT_DONE,
            ko="build_model의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_tf1_port, "type", "pass the function build_model itself, got int 42", 42,
            ko="함수 build_model 자체를 넘기십시오(받은 값: int 42)"),
    answers(check_tf1_port, "type", "build_model should return a Keras model, got str 'model'",
            returning("model"),
            ko="build_model: Keras 모델을 반환해야 합니다(받은 값: str 'model')"),
    answers(check_tf1_port, "shape", "could not run on a batch of shape (3, 5, 4)",
            returning(fake_model()),
            ko="모델이 형태가 (3, 5, 4)인 배치를 처리하지 못했습니다: TypeError: "
               "'types.SimpleNamespace' object is not callable"),
    answers(check_tf1_port, "shape", "your model reads (4, 5)",
            returning(fake_model((None, 4, 5), [(None, 5, 2)])),
            ko="지금 모델이 읽는 형태는 (4, 5)입니다"),
    # --- helpers.checks: 03 ---------------------------------------------------------------------
    answers(check_many_to_one, "empty", "define build_many_to_one", None, verdict=NOT_DONE,
            ko="build_many_to_one 함수를 정의하고 채점기에 넘기십시오"),
    answers(check_many_to_one, "type", "build_many_to_one raised TypeError", lambda x: x,
            ko="build_many_to_one에서 오류가 났습니다: TypeError: "
               "<lambda>() missing 1 required positional argument: 'x'"),
    answers(check_many_to_one, "shape", "use keras.Input(shape=(8, 3))",
            returning(fake_model((None, 3, 8), [(None, 4)])),
            ko="입력은 (timesteps, features) = (8, 3)이어야 합니다: "
               "모델을 keras.Input(shape=(8, 3))에서 시작하십시오"),
    answers(check_aligned_many_to_many, "empty", "define build_tagger", None, verdict=NOT_DONE,
            ko="build_tagger 함수를 정의하고 채점기에 넘기십시오"),
    answers(check_aligned_many_to_many, "type", "build_tagger should return a Keras model, got "
            "list [1, 2]", returning([1, 2]),
            ko="build_tagger: Keras 모델을 반환해야 합니다(받은 값: list [1, 2])"),
    answers(check_aligned_many_to_many, "shape", "there is no recurrent layer",
            returning(fake_model()),
            ko="순환 층이 없습니다"),
    answers(check_make_windows, "empty", "make_windows' inputs should return a NumPy array, got "
            "NoneType None", returning((None, None)),
            ko="make_windows의 inputs: NumPy 배열을 반환해야 합니다(받은 값: NoneType None)"),
    answers(check_make_windows, "type", "make_windows' inputs should return a NumPy array, got "
            "str 'abc'", returning(("abc", np.zeros(4))),
            ko="make_windows의 inputs: NumPy 배열을 반환해야 합니다(받은 값: str 'abc')"),
    answers(check_make_windows, "type", "make_windows' targets returned complex numbers",
            returning((np.array([[1.0, 2, 3], [2, 3, 4], [3, 4, 5], [4, 5, 6]]), np.ones(4) * 1j)),
            ko="make_windows의 targets: 복소수를 반환했습니다"),
    answers(check_make_windows, "shape", "make_windows' inputs should return an array with a "
            "regular shape", returning(([[1.0, 2.0], [3.0]], np.zeros(4))),
            ko="make_windows의 inputs: "
               "형태가 고른 배열(행의 길이가 모두 같은 배열)을 반환해야 합니다(받은 값: "
               "list [[1.0, 2.0], [3.0]])"),
    answers(check_make_windows, "shape", "make_windows' inputs returned shape (4, 3, 1), expected "
            "(4, 3)", lambda s, w: (np.zeros((len(s) - w, w, 1)), np.zeros(len(s) - w)),
            ko="make_windows의 inputs: 반환한 형태는 (4, 3, 1)이지만 (4, 3)이어야 합니다"),
    answers(check_make_windows, "shape", "make_windows gives the same windows for another series",
            returning((np.zeros((4, 3, 1)), np.zeros(4))),
            ko="make_windows 함수는 다른 시계열에도 같은 윈도를 반환합니다: "
               "직접 적어 넣은 숫자가 아니라 series와 window로 계산하십시오"),
    answers(check_make_windows, "nan", "make_windows' inputs returned NaN or infinite values",
            returning((np.full((4, 3), nan), np.zeros(4))),
            ko="make_windows의 inputs: NaN이나 무한대 값을 반환했습니다"),
    # --- helpers.checks: 04 ---------------------------------------------------------------------
    answers(check_backward_direction, "empty", "backward_states returns None", returning(None),
            verdict=NOT_DONE,
            ko="backward_states의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_backward_direction, "type", "backward_states returned complex numbers",
            returning(np.zeros((2, 6, 4), complex)), ko="backward_states: 복소수를 반환했습니다"),
    answers(check_backward_direction, "shape", "returned shape (6, 4), expected (2, 6, 4)",
            lambda x, k, r, b: np.zeros((x.shape[1], k.shape[1])),
            ko="backward_states: 반환한 형태는 (6, 4)이지만 (2, 6, 4)이어야 합니다"),
    answers(check_backward_direction, "shape", "should return an array with a regular shape",
            returning([np.zeros((6, 4)), np.zeros((5, 4))]),
            ko="backward_states: 형태가 고른 배열(행의 길이가 모두 같은 배열)을 반환해야 합니다"),
    answers(check_backward_direction, "nan", "backward_states returned NaN or infinite values",
            returning(np.full((2, 6, 4), nan)),
            ko="backward_states: NaN이나 무한대 값을 반환했습니다"),
    answers(check_bidirectional_stack_params, "empty", "stack_param_count returns None",
            returning(None), verdict=NOT_DONE,
            ko="stack_param_count의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_bidirectional_stack_params, "type", "should be a whole number, got str '1408'",
            returning("1408"), ko="stack_param_count의 답: 정수여야 합니다(받은 값: str '1408')"),
    answers(check_bidirectional_stack_params, "nan", "should be a whole number (a count of "
            "parameters), got nan", returning(nan),
            ko="stack_param_count의 답: 정수(파라미터 수)여야 합니다(받은 값: nan)"),
    answers(check_bidirectional_stack_params, "range", "returns -1 whatever the stack",
            returning(-1), ko="함수가 어떤 스택이든 항상 같은 값(-1)을 반환합니다"),
    # --- helpers.checks: 05 ---------------------------------------------------------------------
    answers(check_lstm_step, "empty", "lstm_step's h should return a NumPy array, got NoneType",
            returning((None, None)),
            ko="lstm_step의 h: NumPy 배열을 반환해야 합니다(받은 값: NoneType None)"),
    answers(check_lstm_step, "type", "lstm_step's h should return a NumPy array, got str 'h'",
            returning(("h", "c")),
            ko="lstm_step의 h: NumPy 배열을 반환해야 합니다(받은 값: str 'h')"),
    answers(check_lstm_step, "shape", "lstm_step should return two arrays", returning(np.zeros(4)),
            ko="lstm_step 함수는 배열 두 개, 곧 새 h와 새 c를 반환해야 합니다: return h, c"),
    answers(check_lstm_step, "shape", "lstm_step's c should return an array with a regular shape",
            returning((np.zeros((2, 4)), [[0.0] * 4, [0.0] * 3])),
            ko="lstm_step의 c: 형태가 고른 배열(행의 길이가 모두 같은 배열)을 반환해야 합니다"),
    answers(check_lstm_step, "nan", "lstm_step's c returned NaN or infinite values",
            returning((np.zeros((2, 4)), np.full((2, 4), inf))),
            ko="lstm_step의 c: NaN이나 무한대 값을 반환했습니다"),
    answers(check_gate_question, "empty", "'' is not one of the choices: answer 'A', 'B', 'C' or "
            "'D'", "", ko="'': 선택지 가운데 하나가 아닙니다"),
    answers(check_gate_question, "empty", "set answer to one letter", None, verdict=NOT_DONE,
            ko="answer에 글자 하나를 넣으십시오: 'A', 'B', 'C', 'D' 가운데 하나"),
    answers(check_gate_question, "type", "answer with one letter as a string, e.g. 'A'; got bytes",
            b"B", ko="답은 'A'처럼 글자 하나짜리 문자열이어야 합니다(받은 값: bytes b'B')"),
    answers(check_gate_question, "vocab", "'B?' is not one of the choices", "B?",
            ko="'B?': 선택지 가운데 하나가 아닙니다"),
    answers(check_gate_question, "vocab", "'AB' is not one of the choices", "AB",
            ko="'AB': 선택지 가운데 하나가 아닙니다"),
    answers(check_gate_question, "range", "'E' is not one of the choices", "E",
            ko="'E': 선택지 가운데 하나가 아닙니다"),
    answers(check_gru_param_count, "empty", "gru_param_count returns None", returning(None),
            verdict=NOT_DONE,
            ko="gru_param_count의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_gru_param_count, "type", "should be a whole number, got str '90'",
            returning("90"), ko="gru_param_count의 답: 정수여야 합니다(받은 값: str '90')"),
    answers(check_gru_param_count, "nan", "should be a whole number (a count of parameters), got "
            "nan", returning(nan),
            ko="gru_param_count의 답: 정수(파라미터 수)여야 합니다(받은 값: nan)"),
    answers(check_gru_param_count, "range", "returns -1 whatever the layer", returning(-1),
            ko="함수가 어떤 층이든 항상 같은 값(-1)을 반환합니다"),
    # --- helpers.checks: 06 ---------------------------------------------------------------------
    answers(check_own_sentence, "empty", "set my_text to a sentence", None, None,
            verdict=NOT_DONE,
            ko="my_text에 직접 고른 문장을 넣고 그 문장으로 모델을 학습시키십시오"),
    answers(check_own_sentence, "empty", "'' has 0 characters: use at least 8", "", None,
            ko="'': 문자가 0개뿐입니다"),
    answers(check_own_sentence, "type", "my_text should be a string, got int 42", 42, None,
            ko="my_text는 문자열이어야 합니다(받은 값: int 42)"),
    answers(check_own_sentence, "type", "my_model should be a Keras model, got str 'model'",
            "a sentence of mine", "model",
            ko="my_model은 Keras 모델이어야 합니다(받은 값: str 'model')"),
    answers(check_own_sentence, "shape", "the model reads (3, 3), but my_text gives (17, 11)",
            "a sentence of mine", fake_model((None, 3, 3), [(None, 3, 3)]),
            ko="모델이 읽는 형태는 (3, 3)이지만 my_text에서 나오는 형태는 (17, 11)(시점, "
               "문자)입니다: 이 문장으로 모델을 학습시키십시오"),
    answers(check_own_sentence, "range", "text has 41 characters; this demo trains on at most 40",
            "a" * 41, None, ko="문장의 문자가 41개입니다"),
    answers(check_fewer_epochs, "empty", "define build_fast_model", None, verdict=NOT_DONE,
            ko="build_fast_model 함수를 정의하고 채점기에 넘기십시오"),
    answers(check_fewer_epochs, "type", "pass the function build_fast_model itself, got str "
            "'model'", "model", ko="함수 build_fast_model 자체를 넘기십시오(받은 값: str 'model')"),
    # --- helpers.checks: 07 ---------------------------------------------------------------------
    answers(check_step_back, "empty", "step_back returns None", returning(None), verdict=NOT_DONE,
            ko="step_back의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_step_back, "type", "pass the function step_back itself, got str 'dh'", "dh",
            ko="함수 step_back 자체를 넘기십시오(받은 값: str 'dh')"),
    answers(check_step_back, "type", "step_back should return a NumPy array, got str 'dh'",
            returning("dh"), ko="step_back: NumPy 배열을 반환해야 합니다(받은 값: str 'dh')"),
    answers(check_step_back, "type", "step_back raised ZeroDivisionError", crashing,
            ko="step_back에서 오류가 났습니다: ZeroDivisionError: division by zero"),
    answers(check_step_back, "shape", "step_back returned shape (3, 1), expected (3,)",
            lambda dh, h, W: (W.T @ ((1 - h**2) * dh))[:, None],
            ko="step_back: 반환한 형태는 (3, 1)이지만 (3,)이어야 합니다"),
    answers(check_step_back, "nan", "step_back returned NaN or infinite values",
            lambda dh, h, W: dh * nan, ko="step_back: NaN이나 무한대 값을 반환했습니다"),
    answers(check_clip_gradients, "empty", "clip_gradients returns None", returning(None),
            verdict=NOT_DONE,
            ko="clip_gradients의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_clip_gradients, "type", "should return a dict of clipped gradients with the keys "
            "of grads, got float 1.0", returning(1.0),
            ko="clip_gradients 함수는 grads와 같은 키로 클리핑한 기울기의 dict를 반환해야 "
               "합니다(받은 값: float 1.0)"),
    answers(check_clip_gradients, "shape", "returned the keys ['b']", returning({"b": 0.0}),
            ko="clip_gradients 함수가 반환한 키는 ['b']이지만 ['W_h', 'W_x', 'b']이어야 합니다"),
    answers(check_clip_gradients, "nan", "clip_gradients's 'W_x' returned NaN or infinite values",
            lambda g, m: {k: v * nan for k, v in g.items()},
            ko="clip_gradients의 'W_x': NaN이나 무한대 값을 반환했습니다"),
    # --- helpers.checks: 08 ---------------------------------------------------------------------
    answers(check_perplexity, "empty", "perplexity returns None", returning(None),
            verdict=NOT_DONE,
            ko="perplexity의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_perplexity, "type", "pass the function perplexity itself, got str 'ppl'", "ppl",
            ko="함수 perplexity 자체를 넘기십시오(받은 값: str 'ppl')"),
    answers(check_perplexity, "type", "perplexity should return a number, got bool True",
            returning(True), ko="perplexity 함수는 숫자를 반환해야 합니다(받은 값: bool True)"),
    answers(check_perplexity, "shape", "perplexity returned an array of shape (2,)",
            returning(np.zeros(2)),
            ko="perplexity 함수가 형태 (2,)인 배열을 반환했습니다"),
    answers(check_perplexity, "nan", "perplexity returned nan", returning(nan),
            ko="perplexity 함수의 반환값이 nan입니다: np.exp가 넘칠 만큼 큰 손실이거나, "
               "0 이하인 수의 로그입니다"),
    answers(check_temperature_probs, "empty", "temperature_probs returns None", returning(None),
            verdict=NOT_DONE,
            ko="temperature_probs의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_temperature_probs, "type", "temperature_probs should return a NumPy array, got "
            "str 'p'", returning("p"),
            ko="temperature_probs: NumPy 배열을 반환해야 합니다(받은 값: str 'p')"),
    answers(check_temperature_probs, "shape", "temperature_probs returned shape (6, 1), expected "
            "(6,)", lambda z, t: z[:, None],
            ko="temperature_probs: 반환한 형태는 (6, 1)이지만 (6,)이어야 합니다"),
    answers(check_temperature_probs, "nan", "temperature_probs returned NaN or infinite values",
            lambda z, t: z * nan, ko="temperature_probs: NaN이나 무한대 값을 반환했습니다"),
    # --- helpers.checks: 05b and 08b ------------------------------------------------------------
    answers(check_half_life, "empty", "half_life returns None", returning(None), verdict=NOT_DONE,
            ko="half_life의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_half_life, "type", "half_life should return a NumPy array, got str '14'",
            returning("14"), ko="half_life: NumPy 배열을 반환해야 합니다(받은 값: str '14')"),
    answers(check_half_life, "shape", "half_life(1.0) returned shape (2,); expected one number",
            returning(np.ones(2)),
            ko="half_life(1.0)의 반환 형태는 (2,)입니다: 숫자 하나를 반환해야 합니다"),
    answers(check_half_life, "nan", "half_life(1.0) returned nan: a number of steps is positive",
            returning(nan), ko="half_life(1.0)의 반환값은 nan입니다: 시점 수는 양수여야 합니다"),
    answers(check_best_update, "empty", "best_update returns None", returning(None),
            verdict=NOT_DONE,
            ko="best_update의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_best_update, "type", "best_update's answer should be a whole number, got str",
            returning("36"), ko="best_update의 답: 정수여야 합니다(받은 값: str '36')"),
    answers(check_best_update, "crash", "best_update raised ZeroDivisionError", crashing,
            ko="best_update에서 오류가 났습니다: ZeroDivisionError: division by zero"),
    answers(check_dropout, "empty", "dropout returns None", returning(None), verdict=NOT_DONE,
            ko="dropout의 반환값이 None입니다: "
               "뼈대 코드의 `return None` 자리에 코드를 작성하십시오"),
    answers(check_dropout, "type", "dropout should return a NumPy array, got str 'x'",
            returning("x"), ko="dropout: NumPy 배열을 반환해야 합니다(받은 값: str 'x')"),
    answers(check_dropout, "shape", "dropout returned shape (2,), expected x's shape (100, 80)",
            returning(np.ones(2)),
            ko="dropout 함수가 반환한 형태는 (2,)이지만 x의 형태와 같은 (100, 80)이어야 합니다"),
    answers(check_dropout, "nan", "dropout returned NaN or infinite values",
            lambda x, r, g: x * nan, ko="dropout: NaN이나 무한대 값을 반환했습니다"),
]
# fmt: on


def verdict_of(check, *answer) -> tuple[object, str]:
    """A checker's return value and the one line it printed."""
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        result = check(*answer)
    lines = printed.getvalue().splitlines()
    assert len(lines) == 1, lines
    return result, lines[0]


def case_id(case: Case) -> str:
    return f"{name_of(case.target).removeprefix('helpers.')}:{case.kind}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_bad_input_gets_a_clear_answer(case, language):
    fragment = case.fragment(language)
    kwargs = dict(case.kwargs)
    if case.target is lesson.setup_lesson:
        kwargs.setdefault("language", language)  # the setup call chooses the language itself
    with speaking(language):
        if case.error is not None:
            with pytest.raises(case.error, match=re.escape(fragment)) as caught:
                case.target(*case.args, **kwargs)
            # Raised by the helpers' own checks, not from deep inside NumPy or matplotlib.
            assert Path(caught.traceback[-1].path).is_relative_to(HELPERS), caught.traceback[-1]
        else:
            result, line = verdict_of(case.target, *case.args)
            assert result is False
            verdict = case.verdict if language == "en" else KOREAN_VERDICTS[case.verdict]
            assert line.startswith(verdict), line
            assert fragment is None or fragment in line, line


def test_every_helper_case_has_a_fragment_in_korean():
    for case in CASES:
        if case.error is not None:
            assert re.search("[가-힣]", case.korean), case_id(case)


# --- the table covers every public callable -----------------------------------------------------


def public_callables() -> set[str]:
    """Names of the public functions, classes and methods defined in the helpers' modules."""
    names = set()
    for module in HELPER_MODULES + CHECKER_MODULES:
        for name, value in vars(module).items():
            if name.startswith("_") or not callable(value):
                continue
            if getattr(value, "__module__", None) != module.__name__:
                continue  # imported from elsewhere
            names.add(f"{module.__name__}.{name}")
            if inspect.isclass(value):
                names.update(
                    f"{module.__name__}.{name}.{attribute}"
                    for attribute, member in vars(value).items()
                    if not attribute.startswith("_")
                    and (callable(member) or isinstance(member, (classmethod, staticmethod)))
                )
    return names


def test_every_public_callable_has_bad_input_cases():
    tested = {name_of(case.target) for case in CASES}
    missing = sorted(public_callables() - tested - NO_INPUT - NOT_FOR_LEARNERS)
    assert not missing, f"no bad-input cases in CASES for: {', '.join(missing)}"


def test_the_introspection_finds_helpers_checkers_and_methods():
    found = public_callables()
    for name in (
        "helpers.data.one_hot",
        "helpers.data.CharVocab.encode",
        "helpers.data.CharVocab.from_text",
        "helpers.widgets.figure_output",
        "helpers.checks.gates.check_lstm_step",
    ):
        assert name in found
    assert not any(".describe" in name or "._" in name for name in found), found


def test_exemptions_are_public_and_take_no_input():
    found = public_callables()
    assert NOT_FOR_LEARNERS <= found
    for name in sorted(NO_INPUT):
        assert name in found, f"{name} is exempt but no longer a public callable"
        module, attribute = name.rsplit(".", 1)
        function = getattr(importlib.import_module(module), attribute)
        assert not inspect.signature(function).parameters, f"{name} takes input: add cases"


# --- random bad input (hypothesis) -------------------------------------------------------------


@st.composite
def vocab_and_text_with_an_unknown_character(draw):
    chars = draw(st.lists(st.characters(), min_size=1, max_size=8, unique=True))
    unknown = draw(st.characters().filter(lambda c: c not in chars))
    known = draw(st.text(alphabet=st.sampled_from(chars), max_size=10))
    rest = draw(st.text(max_size=10))
    return CharVocab(chars), known + unknown + rest, unknown


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=50, deadline=None)
@given(vocab_and_text_with_an_unknown_character())
def test_the_first_character_outside_the_vocabulary_is_named(language, case):
    vocab, text, unknown = case
    message = {
        "en": f"character {unknown!r} is not in the vocabulary {vocab.chars}",
        "ko": f"문자 {unknown!r}: 어휘 {vocab.chars}에 없는 문자입니다",
    }[language]
    for encode in (vocab.encode, vocab.one_hot, lambda t: data.one_hot_batch([t], vocab)):
        with speaking(language), pytest.raises(ValueError, match=re.escape(message)):
            encode(text)


@st.composite
def out_of_range_indices(draw):
    depth = draw(st.integers(1, 6))
    good = draw(st.lists(st.integers(0, depth - 1), max_size=5))
    bad = draw(st.one_of(st.integers(-(2**40), -1), st.integers(depth, 2**40)))
    return depth, good + [bad] + draw(st.lists(st.integers(0, depth - 1), max_size=5)), bad


@settings(max_examples=50, deadline=None)
@given(out_of_range_indices())
def test_out_of_range_indices_are_named(case):
    depth, indices, bad = case
    with pytest.raises(ValueError, match=re.escape(f"index {bad} is out of range for depth")):
        data.one_hot(indices, depth)
    with pytest.raises(ValueError, match=re.escape(f"index {bad} is out of range for a vocab")):
        CharVocab("abcdef"[:depth]).decode(indices)
    with speaking("ko"):
        with pytest.raises(ValueError, match=re.escape(f"인덱스 {bad}: depth {depth}의 범위를")):
            data.one_hot(indices, depth)
        with pytest.raises(ValueError, match=re.escape(f"인덱스 {bad}: 문자 {depth}개로 된 어휘")):
            CharVocab("abcdef"[:depth]).decode(indices)


def forward_arguments(forward) -> dict[str, np.ndarray]:
    """Good arguments for a batch of 2 sequences of 4 steps, 3 features, 2 units, by name."""
    rng = np.random.default_rng(0)
    gates = {reference.simple_rnn_forward: 1, reference.lstm_forward: 4}.get(forward, 3)
    arguments = {
        "inputs": rng.normal(size=(2, 4, 3)),
        "kernel": rng.normal(size=(3, 2 * gates)),
        "recurrent_kernel": rng.normal(size=(2, 2 * gates)),
        "bias": rng.normal(size=(2, 6) if forward is reference.gru_forward else 2 * gates),
    }
    if forward is reference.lstm_forward:
        arguments |= {"initial h": rng.normal(size=(2, 2)), "initial c": rng.normal(size=2)}
    else:
        arguments["initial_state"] = rng.normal(size=(2, 2))
    return arguments


def call_forward(forward, arguments):
    state = arguments.get("initial_state")
    if forward is reference.lstm_forward:
        state = (arguments["initial h"], arguments["initial c"])
    weights = (arguments[name] for name in ("kernel", "recurrent_kernel", "bias"))
    return forward(arguments["inputs"], *weights, initial_state=state)


FORWARDS = (reference.simple_rnn_forward, reference.lstm_forward, reference.gru_forward)


# The names the messages give the two start states of an LSTM, in Korean.
KOREAN_NAMES = {"initial h": "초기 h", "initial c": "초기 c"}


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=50, deadline=None)
@given(st.sampled_from(FORWARDS), st.data())
def test_nan_or_inf_anywhere_in_a_forward_argument_is_named_with_its_index(language, forward, pick):
    arguments = forward_arguments(forward)
    assert call_forward(forward, arguments).shape == (2, 4, 2)  # good as drawn
    name = pick.draw(st.sampled_from(sorted(arguments)))
    array = arguments[name]
    where = pick.draw(st.tuples(*(st.integers(0, side - 1) for side in array.shape)))
    bad = pick.draw(st.sampled_from([nan, inf, -inf]))
    array[where] = bad
    index = where[0] if len(where) == 1 else where
    message = {
        "en": f"{name} contains NaN or infinite values: {bad} at index {index}",
        "ko": f"{KOREAN_NAMES.get(name, name)}에 NaN이나 무한대 값이 있습니다: {bad} "
        f"(인덱스 {index})",
    }[language]
    with speaking(language), pytest.raises(ValueError, match=re.escape(message)):
        call_forward(forward, arguments)


def shapes_without(ndims):
    shapes = hnp.array_shapes(min_dims=0, max_dims=5, min_side=1, max_side=3)
    return shapes.filter(lambda shape: len(shape) not in ndims)


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=50, deadline=None)
@given(st.sampled_from(FORWARDS), shapes_without({2, 3}), shapes_without({2}))
def test_a_wrong_number_of_dimensions_is_named_with_the_shape(
    language, forward, inputs_shape, kernel_shape
):
    messages = {
        "en": (
            f"inputs must be 2-D or 3-D, got shape {inputs_shape}",
            f"kernel must be 2-D, got shape {kernel_shape}",
        ),
        "ko": (
            f"inputs에는 2-D 또는 3-D 배열을 넣어야 합니다. 받은 형태: {inputs_shape}",
            f"kernel에는 2-D 배열을 넣어야 합니다. 받은 형태: {kernel_shape}",
        ),
    }[language]
    arguments = forward_arguments(forward)
    arguments["inputs"] = np.zeros(inputs_shape)
    with speaking(language), pytest.raises(ValueError, match=re.escape(messages[0])):
        call_forward(forward, arguments)
    arguments = forward_arguments(forward)
    arguments["kernel"] = np.zeros(kernel_shape)
    with speaking(language), pytest.raises(ValueError, match=re.escape(messages[1])):
        call_forward(forward, arguments)


# Helpers that take one array of numbers: how to call each, its name, and the allowed ndims.
ARRAY_HELPERS = {
    "sliding_windows": (lambda a: data.sliding_windows(a, 1), "series", {1}),
    "plot_hidden_states": (plot.plot_hidden_states, "states", {2}),
    "plot_training_curves": (
        lambda a: plot.plot_training_curves({"loss": a}),
        "history['loss']",
        {1},
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=50, deadline=None)
@given(st.sampled_from(sorted(ARRAY_HELPERS)), st.data())
def test_array_helpers_name_a_nan_and_a_wrong_number_of_dimensions(language, helper, pick):
    call, name, ndims = ARRAY_HELPERS[helper]
    shape = pick.draw(hnp.array_shapes(min_dims=min(ndims), max_dims=max(ndims), min_side=2))
    values = pick.draw(hnp.arrays(np.float64, shape, elements=st.floats(-10, 10)))
    where = pick.draw(st.tuples(*(st.integers(0, side - 1) for side in shape)))
    values[where] = pick.draw(st.sampled_from([nan, inf, -inf]))
    wrong = pick.draw(shapes_without(ndims))
    (ndim,) = ndims
    nan_message, ndim_message = {
        "en": (f"{name} contains NaN or infinite values", f"{name} must be "),
        "ko": (
            f"{name}에 NaN이나 무한대 값이 있습니다",
            f"{name}에는 {ndim}-D 배열을 넣어야 합니다. 받은 형태: {wrong}",
        ),
    }[language]
    with speaking(language), pytest.raises(ValueError, match=re.escape(nan_message)):
        call(values)
    with speaking(language), pytest.raises(ValueError, match=re.escape(ndim_message)):
        call(np.zeros(wrong))


# Checkers of NumPy answers: the checker, the answer's shape, and its name in the verdict (in
# English and in Korean).
ARRAY_CHECKERS = [
    (check_batched_memory_cell, (3, 5, 6), "batched_memory_cell", "batched_memory_cell"),
    (check_backward_direction, (2, 6, 4), "backward_states", "backward_states"),
    (check_lstm_step, (2, 4), "lstm_step's h", "lstm_step의 h"),
]


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ARRAY_CHECKERS), st.data())
def test_checkers_name_nan_at_any_position_of_an_answer(language, checker, pick):
    check, shape, name, korean_name = checker
    answer = np.zeros(shape)
    where = pick.draw(st.tuples(*(st.integers(0, side - 1) for side in shape)))
    answer[where] = pick.draw(st.sampled_from([nan, inf, -inf]))
    if check is check_lstm_step:
        answer = (answer, np.zeros(shape))  # the new h, with the bad value, and the new c
    with speaking(language):
        result, line = verdict_of(check, returning(answer))
    assert result is False
    expected = {
        "en": f"{NOT_YET} {name} returned NaN or infinite values.",
        "ko": f"{NOT_YET_KO} {korean_name}: NaN이나 무한대 값을 반환했습니다.",
    }
    assert line == expected[language]


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=30, deadline=None)
@given(hnp.array_shapes(min_dims=0, max_dims=4, min_side=1, max_side=7))
def test_checkers_name_a_wrong_shape_of_an_answer(language, shape):
    if shape in ((3, 5, 6), (3, 6, 6)):  # right, or the "you kept h_0" mistake with its own hint
        return

    def batched_memory_cell(inputs, kernel, recurrent_kernel, bias):
        return np.zeros(shape) + inputs.flat[0]  # follows its input, in a wrong shape

    with speaking(language):
        result, line = verdict_of(check_batched_memory_cell, batched_memory_cell)
    assert result is False
    expected = {
        "en": f"batched_memory_cell returned shape {shape}; expected (3, 5, 6) = (batch, "
        "timesteps, units).",
        "ko": f"batched_memory_cell 함수가 반환한 형태는 {shape}입니다. 기대한 형태는 "
        "(3, 5, 6) = (batch, timesteps, units)입니다.",
    }
    assert line.endswith(expected[language]), line


# --- widgets: bad text typed into a box is shown as a message ------------------------------------


def task_figure(text):
    """A draw function like notebook 06's text box: it builds the task from the typed text."""
    inputs, _, vocab = data.next_char_task(text)
    figure, ax = plt.subplots(figsize=(1, 1), dpi=20)
    ax.set_title(f"{inputs.shape[1]} steps, {len(vocab)} characters")
    return figure


def helo_figure(text):
    """A draw function over a fixed vocabulary, where typed text can hold unknown characters."""
    figure, ax = plt.subplots(figsize=(1, 1), dpi=20)
    ax.imshow(VOCAB.one_hot(text))
    return figure


def shown(output) -> str:
    (item,) = output.outputs
    return item["text"] if item["output_type"] == "stream" else "a figure"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("draw", "text", "message", "korean"),
    [
        (task_figure, "", "text is empty: type at least two characters",
         "text에 문자가 없습니다. 모델은 문자를 하나씩 읽고"),
        (task_figure, "h", "text 'h' has only one character: type at least two characters",
         "text 'h'에는 문자가 하나뿐입니다. 모델은"),
        (task_figure, "x" * 41, "text has 41 characters; this demo trains on at most 40",
         "text의 문자가 41개입니다. 이 실습은 최대 40개 문자로"),
        (task_figure, "aaaa", "text 'aaaa' is one character repeated: there is nothing",
         "text 'aaaa': 한 문자만 되풀이되어 예측할 것이 없습니다"),
        (helo_figure, "hex", "character 'x' is not in the vocabulary ['h', 'e', 'l', 'o']",
         "문자 'x': 어휘 ['h', 'e', 'l', 'o']에 없는 문자입니다"),
        (helo_figure, "", "text is empty: expected at least one character",
         "text에 문자가 없습니다. 문자가 하나 이상 있어야 합니다"),
    ],
)  # fmt: skip
def test_bad_text_in_a_text_box_is_shown_in_the_output(draw, text, message, korean, language):
    with speaking(language):
        box = figure_widgets.interactive_figure(draw, text=widgets.Text(value="hello"))
        text_box, output = box.children
        assert shown(output) == "a figure"
        text_box.value = text
        expected = message if language == "en" else korean
        assert shown(output).startswith(expected), shown(output)
        text_box.value = "hello"  # good text brings the figure back
        assert shown(output) == "a figure"
    assert plt.get_fignums() == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("text", "message", "korean"),
    [
        ("", "text is empty: type at least two characters", "text에 문자가 없습니다."),
        ("?", "text '?' has only one character", "text '?'에는 문자가 하나뿐입니다."),
        ("to be or not to be, that is the question!", "text has 41 characters",
         "text의 문자가 41개입니다."),
    ],
)  # fmt: skip
def test_bad_text_and_a_click_show_a_message(text, message, korean, language):
    with speaking(language):
        box = figure_widgets.figure_on_click(task_figure, button="Train", text=widgets.Text())
        text_box, button, output = box.children
        text_box.value = text
        button.click()
        assert shown(output).startswith(message if language == "en" else korean)


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=25, deadline=None)
@given(st.text(max_size=45))
def test_any_typed_text_gives_a_figure_or_a_message(language, text):
    with speaking(language):
        box = figure_widgets.interactive_figure(task_figure, text=widgets.Text(value="hihello"))
        text_box, output = box.children
        text_box.value = text  # never raises: bad text is answered in the output
    if 2 <= len(text) <= 40 and len(set(text)) >= 2:
        assert shown(output) == "a figure"
    else:
        words = ("text", "characters") if language == "en" else ("text", "문자")
        assert all(word in shown(output) for word in words), shown(output)
    assert plt.get_fignums() == []


def test_a_figure_begun_before_the_error_is_closed():
    def half_drawn(n):
        plt.figure()  # as a draw function that checks its input too late would
        raise ValueError(f"n {n} is too large")

    box = figure_widgets.interactive_figure(half_drawn, n=widgets.IntSlider(value=3))
    assert shown(box.children[-1]) == "n 3 is too large\n"
    assert plt.get_fignums() == [], "it would pop up under the next cell run"


# --- fixes that need more than one call to show -------------------------------------------------


def test_one_hot_of_a_large_depth_allocates_only_its_output():
    result = data.one_hot([2, 0], 10**6)  # np.eye(10**6) would need 4 TB
    assert result.shape == (2, 10**6) and result.sum() == 2 and result[0, 2] == result[1, 0] == 1


def test_bad_input_to_a_model_checker_does_not_load_tensorflow():
    code = (
        "import sys; from helpers.checks import check_fewer_epochs; "
        "assert check_fewer_epochs(None) is False; assert check_fewer_epochs('m') is False; "
        "assert 'keras' not in sys.modules and 'tensorflow' not in sys.modules"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=HELPERS.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
