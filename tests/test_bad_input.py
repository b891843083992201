"""Bad input to every public helper and checker gets a clear answer, never a traceback.

``CASES`` is one table: for each public callable, the bad input a learner might type (empty,
wrong type, wrong shape, NaN or infinite values, characters outside a vocabulary, numbers out of
range). A helper must raise ValueError or TypeError from its own checks, with a message that
names the value or says what was expected; a checker must print one ❌/⏳ verdict and return
False. ``test_every_public_callable_has_bad_input_cases`` turns the suite red for a public
callable without a row, so a helper added later cannot skip this. Hypothesis tests below cover
the same ground at random: unknown characters, NaN anywhere, any wrong number of dimensions.

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
from helpers import data, env, language_model, lesson, plot, reference, training
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
from helpers.checks._verdict import NOT_DONE, NOT_YET
from helpers.data import CharVocab

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
}


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


def raises(target, kind, error, match, *args, **kwargs) -> Case:
    return Case(target, kind, args, kwargs, error=error, match=match)


def answers(target, kind, match, *args, verdict=NOT_YET) -> Case:
    return Case(target, kind, args, match=match, verdict=verdict)


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
def forward_cases(forward, weights, state_name):
    """The bad input every reference pass must refuse, for its own weight shapes."""
    kernel, recurrent_kernel, bias = weights
    return [
        raises(forward, "empty", ValueError, "inputs must not be empty, got shape (0, 3)",
               np.zeros((0, 3)), *weights),
        raises(forward, "empty", ValueError, "kernel must not be empty, got shape (3, 0)",
               X, np.zeros((3, 0)), recurrent_kernel, bias),
        raises(forward, "type", TypeError, "inputs must be a numeric array, got str 'hello'",
               "hello", *weights),
        raises(forward, "type", TypeError, "inputs must be a numeric array, not text, got list",
               [["0.5", "1", "2"]], *weights),
        raises(forward, "type", TypeError, "inputs must hold real numbers, not complex ones",
               X + 1j, *weights),
        raises(forward, "type", TypeError, "bias has None where a number is expected",
               X, kernel, recurrent_kernel, [None] * len(bias)),
        raises(forward, "type", TypeError, "return_sequences must be True or False, got str",
               X, *weights, return_sequences="False"),
        raises(forward, "shape", ValueError, "inputs must be 2-D or 3-D, got shape (3,)",
               np.zeros(3), *weights),
        raises(forward, "shape", ValueError, f"kernel has shape (4, {kernel.shape[1]}) but the "
               "input has 3 features", X, np.zeros((4, kernel.shape[1])), recurrent_kernel, bias),
        raises(forward, "shape", ValueError, "recurrent_kernel has shape (3, 3), expected",
               X, kernel, np.zeros((3, 3)), bias),
        raises(forward, "shape", ValueError, f"bias has shape {bias.shape[:-1] + (1,)}, expected",
               X, kernel, recurrent_kernel, np.zeros(bias.shape[:-1] + (1,))),
        raises(forward, "nan", ValueError, "inputs contains NaN or infinite values: nan at "
               "index (1, 2)", np.where(np.arange(15).reshape(5, 3) == 5, nan, 0.0), *weights),
        raises(forward, "nan", ValueError, "recurrent_kernel contains NaN or infinite values: -inf",
               X, kernel, np.full_like(recurrent_kernel, -inf), bias),
        raises(forward, "nan", ValueError, f"{state_name} contains NaN or infinite values",
               X, *weights, initial_state=(
                   ([nan, 0.0], [0.0, 0.0]) if forward is reference.lstm_forward else [nan, 0.0])),
        raises(forward, "range", ValueError, "the states overflowed to NaN: inputs and weights "
               "as large as 1e+308", *OVERFLOW[forward]),
    ]


CASES = [
    # --- helpers.data ---------------------------------------------------------------------------
    raises(data.one_hot, "empty", ValueError, "indices must not be empty", [], 3),
    raises(data.one_hot, "type", TypeError, "indices must be whole numbers, got str 'hello'",
           "hello", 4),
    raises(data.one_hot, "type", TypeError, "depth must be a whole number, got str '4'", [0], "4"),
    raises(data.one_hot, "shape", ValueError, "indices must have a regular shape",
           [[0], [1, 2]], 3),
    raises(data.one_hot, "nan", TypeError, "indices must be whole numbers, got array of shape (2,) "
           "and dtype float64", [0, nan], 3),
    raises(data.one_hot, "range", ValueError, "index 4 is out of range for depth 4: expected 0 "
           "to 3", [1, 4], 4),
    raises(data.one_hot, "range", ValueError, "depth must be at least 1, got 0", [0], 0),
    raises(CharVocab, "empty", ValueError, "a vocabulary needs at least one character", ""),
    raises(CharVocab, "type", TypeError, "chars must be a string or a list of characters, "
           "got bytes b'helo'", b"helo"),
    raises(CharVocab, "type", TypeError, "chars must be in a fixed order (a string or a list), "
           "not a set", {"h", "e"}),
    raises(CharVocab, "type", TypeError, "chars must be a string or a list of characters, "
           "got NoneType None", None),
    raises(CharVocab, "vocab", TypeError, "vocabulary entries must be single characters, "
           "got str 'el'", ["h", "el"]),
    raises(CharVocab, "vocab", ValueError, "vocabulary characters must be unique, ['l'] repeat",
           "hello"),
    raises(CharVocab.from_text, "empty", ValueError, "text is empty", ""),
    raises(CharVocab.from_text, "type", TypeError, "text must be a string, got NoneType None",
           None),
    raises(CharVocab.from_text, "type", TypeError, "text must be a string, got list ['h', 'i']",
           ["h", "i"]),
    raises(VOCAB.encode, "empty", ValueError, "text is empty: expected at least one character", ""),
    raises(VOCAB.encode, "type", TypeError, "text must be a string, got int 5", 5),
    raises(VOCAB.encode, "vocab", ValueError, "character 'p' is not in the vocabulary "
           "['h', 'e', 'l', 'o']", "help"),
    raises(VOCAB.encode, "vocab", ValueError, "character 'H' is not in the vocabulary", "Hello"),
    raises(VOCAB.decode, "empty", ValueError, "indices must not be empty", []),
    raises(VOCAB.decode, "type", TypeError, "indices must be whole numbers, got str 'hel'", "hel"),
    raises(VOCAB.decode, "shape", ValueError, "indices must be a 1-D sequence, got shape (1, 2)",
           [[0, 1]]),
    raises(VOCAB.decode, "nan", TypeError, "indices must be whole numbers, got array of shape (1,) "
           "and dtype float64", [nan]),
    raises(VOCAB.decode, "range", ValueError, "index 4 is out of range for a vocabulary of 4 "
           "characters: expected 0 to 3", [0, 4]),
    raises(VOCAB.decode, "range", ValueError, "index -1 is out of range", [-1]),
    raises(VOCAB.one_hot, "empty", ValueError, "text is empty", ""),
    raises(VOCAB.one_hot, "type", TypeError, "text must be a string, got NoneType None", None),
    raises(VOCAB.one_hot, "vocab", ValueError, "character 'x' is not in the vocabulary", "hex"),
    raises(data.one_hot_batch, "empty", ValueError, "words is empty", [], VOCAB),
    raises(data.one_hot_batch, "type", TypeError, "words must be a list of strings, got str "
           "'hello'", "hello", VOCAB),
    raises(data.one_hot_batch, "type", TypeError, "every word must be a string, got ['he', None]",
           ["he", None], VOCAB),
    raises(data.one_hot_batch, "type", TypeError, "vocab must be a CharVocab, got str 'helo'",
           ["he"], "helo"),
    raises(data.one_hot_batch, "shape", ValueError, "got lengths [2, 3]", ["he", "hel"], VOCAB),
    raises(data.one_hot_batch, "vocab", ValueError, "character 'x' is not in the vocabulary",
           ["he", "hx"], VOCAB),
    raises(data.sliding_windows, "empty", ValueError, "series must not be empty, got shape (0,)",
           [], 1),
    raises(data.sliding_windows, "type", TypeError, "series must be a numeric array, got str "
           "'0123'", "0123", 1),
    raises(data.sliding_windows, "type", TypeError, "series must be a numeric array, not text, "
           "got list ['1', '2', '3']", ["1", "2", "3"], 1),
    raises(data.sliding_windows, "type", TypeError, "series must hold real numbers, not complex",
           [1 + 1j, 2, 3], 1),
    raises(data.sliding_windows, "type", TypeError, "series has None where a number is expected",
           [1.0, None, 3.0], 1),
    raises(data.sliding_windows, "type", TypeError, "window must be a whole number, got float 2.0",
           [1.0, 2.0, 3.0], 2.0),
    raises(data.sliding_windows, "shape", ValueError, "series must be 1-D, got shape (2, 3)",
           np.zeros((2, 3)), 1),
    raises(data.sliding_windows, "nan", ValueError, "series contains NaN or infinite values: inf "
           "at index 1", [1.0, inf, 3.0], 1),
    raises(data.sliding_windows, "range", ValueError, "window 3 is too long for a series of 3 "
           "values", [1.0, 2.0, 3.0], 3),
    raises(data.sliding_windows, "range", ValueError, "window must be at least 1, got 0",
           [1.0, 2.0], 0),
    raises(data.next_char_task, "empty", ValueError, "text is empty: type at least two characters",
           ""),
    raises(data.next_char_task, "empty", ValueError, "text 'h' has only one character", "h"),
    # One character repeated leaves nothing to predict, and a one-class Dense reaches Keras'
    # loss in a shape it refuses with an internal message.
    raises(data.next_char_task, "empty", ValueError, "text 'aaaa' is one character repeated: "
           "there is nothing to predict; type at least two different characters", "aaaa"),
    raises(data.next_char_task, "empty", ValueError, "text '     ' is one character repeated",
           " " * 5),
    raises(data.next_char_task, "type", TypeError, "text must be a string, got int 42", 42),
    raises(data.next_char_task, "type", TypeError, "max_chars must be a whole number, got str '40'",
           "hihello", "40"),
    raises(data.next_char_task, "range", ValueError, "text has 41 characters; this demo trains on "
           "at most 40", "x" * 41),
    raises(data.next_char_task, "range", ValueError, "max_chars must be at least 2, got 0",
           "hihello", 0),
    # --- helpers.data and helpers.language_model: 08 ---------------------------------------------
    raises(data.find_data_file, "empty", TypeError, "name must be a file name such as "
           "'tinyshakespeare.txt', got str ''", ""),
    raises(data.find_data_file, "type", TypeError, "name must be a file name", None),
    raises(data.find_data_file, "range", FileNotFoundError, "the course's data file 'nothing.txt' "
           "was not found in", "nothing.txt"),
    raises(language_model.split_text, "empty", ValueError, "leaves one part empty", ""),
    raises(language_model.split_text, "type", TypeError, "text must be a string, got NoneType",
           None),
    raises(language_model.split_text, "type", TypeError, "fraction must be a number between 0 "
           "and 1, got str '0.9'", "hello", "0.9"),
    raises(language_model.split_text, "range", ValueError, "fraction 1.5 of a text of 5 "
           "characters leaves one part empty", "hello", 1.5),
    raises(language_model.make_windows, "empty", ValueError, "ids has 0 characters, too few for "
           "one window of 3", np.zeros(0, int), 3),
    raises(language_model.make_windows, "type", TypeError, "ids must be an array of character "
           "ids, got str 'hello'", "hello", 2),
    raises(language_model.make_windows, "shape", TypeError, "ids must be a 1-D array of whole "
           "numbers, got array of shape (2, 3)", np.zeros((2, 3), int), 2),
    raises(language_model.make_windows, "nan", TypeError, "ids must be a 1-D array of whole "
           "numbers, got array of shape (2,) and dtype float64", [0.0, nan], 1),
    raises(language_model.make_windows, "range", ValueError, "length must be at least 1, got 0",
           np.arange(5), 0),
    raises(language_model.build_char_model, "type", TypeError, "vocab_size must be a whole "
           "number, got str '65'", "65", 16, 64),
    raises(language_model.build_char_model, "range", ValueError, "dropout must be a number from 0 "
           "to below 1, got float 1.0", 65, 16, 64, 1.0),
    raises(language_model.load_shipped, "type", TypeError, "path must be a file path", 42),
    raises(language_model.load_shipped, "empty", FileNotFoundError, "no weights file at "
           "nothing.npz: run make train-lm", "nothing.npz"),
    raises(language_model.run_gru, "type", TypeError, "weights must be model.get_weights() of an "
           "Embedding-GRU-Dense model", "weights", [0]),
    raises(language_model.run_gru, "empty", ValueError, "weights lacks ['kernel', "
           "'recurrent_kernel', 'bias', 'dense_kernel', 'dense_bias']", {"embedding": 0}, [0]),
    raises(language_model.run_gru, "type", TypeError, "ids must be character ids (use "
           "vocab.encode(text)), got str 'ab'", LM_WEIGHTS, "ab"),
    raises(language_model.run_gru, "range", ValueError, "ids must be from 0 to 3, got 0 to 4",
           LM_WEIGHTS, [0, 4]),
    raises(language_model.char_surprise, "empty", ValueError, "text is empty: type at least one "
           "character", LM_WEIGHTS, VOCAB, ""),
    raises(language_model.char_surprise, "empty", ValueError, "text 'h' has one character",
           LM_WEIGHTS, VOCAB, "h"),
    raises(language_model.char_surprise, "type", TypeError, "text must be a string, got int 5",
           LM_WEIGHTS, VOCAB, 5),
    raises(language_model.char_surprise, "vocab", ValueError, "text has characters the model "
           "never saw: 'px'; expected only the 4 characters of its vocabulary 'helo'",
           LM_WEIGHTS, VOCAB, "hexp"),
    raises(language_model.sample, "empty", ValueError, "prompt is empty", LM_WEIGHTS, VOCAB, "",
           10, 1.0, np.random.default_rng(0)),
    raises(language_model.sample, "vocab", ValueError, "prompt has characters the model never "
           "saw: 'H'", LM_WEIGHTS, VOCAB, "Hello", 10, 1.0, np.random.default_rng(0)),
    raises(language_model.sample, "range", ValueError, "length 1000000 is too long: expected at "
           "most 5000 characters", LM_WEIGHTS, VOCAB, "he", 10**6, 1.0, np.random.default_rng(0)),
    raises(language_model.sample, "type", TypeError, "length must be a whole number, got str "
           "'200'", LM_WEIGHTS, VOCAB, "he", "200", 1.0, np.random.default_rng(0)),
    raises(language_model.sample, "range", ValueError, "temperature must be 0 (greedy) or a "
           "positive number such as 0.8, got -0.5", LM_WEIGHTS, VOCAB, "he", 10, -0.5,
           np.random.default_rng(0)),
    raises(language_model.sample, "nan", ValueError, "temperature must be 0 (greedy) or a "
           "positive number such as 0.8, got nan", LM_WEIGHTS, VOCAB, "he", 10, nan,
           np.random.default_rng(0)),
    raises(language_model.sample, "type", TypeError, "temperature must be a number >= 0, got str "
           "'hot'", LM_WEIGHTS, VOCAB, "he", 10, "hot", np.random.default_rng(0)),
    raises(language_model.sample, "type", TypeError, "rng must be a np.random.Generator, got int "
           "0", LM_WEIGHTS, VOCAB, "he", 10, 1.0, 0),
    # --- helpers.reference ----------------------------------------------------------------------
    *forward_cases(reference.simple_rnn_forward, SIMPLE, "initial_state"),
    *forward_cases(reference.lstm_forward, LSTM, "initial h"),
    *forward_cases(reference.gru_forward, GRU, "initial_state"),
    raises(reference.lstm_forward, "type", TypeError, "initial_state must be a pair (h, c), "
           "got str 'hc'", X, *LSTM, initial_state="hc"),
    raises(reference.lstm_forward, "type", TypeError, "return_state must be True or False, "
           "got str 'yes'", X, *LSTM, return_state="yes"),
    raises(reference.gru_forward, "type", TypeError, "return_state must be True or False, "
           "got int 1", X, *GRU, return_state=1),
    # SimpleRNN only: what a learner passing NumPy-layout weights or odd states gets.
    raises(reference.simple_rnn_forward, "shape", ValueError, "kernel has shape (2, 3) but the "
           "input has 3 features: expected (input_dim, units) = (3, units); it looks transposed: "
           "did you pass W_x of shape (units, input_dim)?", X, np.zeros((2, 3)), *SIMPLE[1:]),
    raises(reference.simple_rnn_forward, "shape", ValueError, "recurrent_kernel must be 2-D, got "
           "shape (2,)", X, SIMPLE[0], np.zeros(2), SIMPLE[2]),
    raises(reference.simple_rnn_forward, "shape", ValueError, "bias must be 1-D, got shape (1, 2)",
           X, *SIMPLE[:2], np.zeros((1, 2))),
    raises(reference.simple_rnn_forward, "type", TypeError, "bias must be a numeric array, got "
           "NoneType None", X, *SIMPLE[:2], None),
    raises(reference.simple_rnn_forward, "shape", ValueError, "initial_state has shape (3,), "
           "expected (2,) or (1, 2)", X, *SIMPLE, initial_state=np.zeros(3)),
    raises(reference.simple_rnn_forward, "shape", ValueError, "initial_state has shape (3, 2), "
           "expected (2,) or (4, 2)", np.zeros((4, 5, 3)), *SIMPLE, initial_state=np.zeros((3, 2))),
    raises(reference.simple_rnn_forward, "shape", ValueError, "initial_state must be 1-D or 2-D, "
           "got shape (1, 1, 2)", X, *SIMPLE, initial_state=np.zeros((1, 1, 2))),
    raises(reference.simple_rnn_forward, "type", TypeError, "initial_state must be a numeric "
           "array, got str 'zeros'", X, *SIMPLE, initial_state="zeros"),
    raises(reference.simple_rnn_forward, "shape", ValueError, "inputs must be 2-D or 3-D, got "
           "shape (1, 2, 5, 3)", np.zeros((1, 2, 5, 3)), *SIMPLE),
    raises(reference.simple_rnn_forward, "nan", ValueError, "kernel contains NaN or infinite",
           X, np.full((3, 2), inf), *SIMPLE[1:]),
    raises(reference.simple_rnn_forward, "type", TypeError, "activation must be a function such "
           "as np.tanh, got str 'relu'", X, *SIMPLE, activation="relu"),
    # One step: x_t (batch, features) and the states (batch, units), weights as above.
    raises(reference.simple_rnn_step, "shape", ValueError, "h_prev has shape (3,), expected "
           "(4, 2): (batch, units) for x_t of shape (4, 3)", np.zeros((4, 3)), np.zeros(3),
           *SIMPLE),
    raises(reference.simple_rnn_step, "shape", ValueError, "kernel has shape (3, 2) but the "
           "input has 2 features", np.zeros(2), np.zeros(2), *SIMPLE),
    raises(reference.simple_rnn_step, "nan", ValueError, "x_t contains NaN or infinite values",
           [nan, 0.0, 0.0], np.zeros(2), *SIMPLE),
    raises(reference.simple_rnn_step, "type", TypeError, "activation must be a function such as "
           "np.tanh, got NoneType None", np.zeros(3), np.zeros(2), *SIMPLE, activation=None),
    raises(reference.lstm_step, "shape", ValueError, "c_prev has shape (2, 2), expected (2,)",
           np.zeros(3), np.zeros(2), np.zeros((2, 2)), *LSTM),
    raises(reference.lstm_step, "type", TypeError, "h_prev must be a numeric array, got "
           "NoneType None", np.zeros(3), None, np.zeros(2), *LSTM),
    raises(reference.lstm_step, "shape", ValueError, "recurrent_kernel has shape (2, 6), "
           "expected (units, 4 * units) = (2, 8)", np.zeros(3), np.zeros(2), np.zeros(2),
           np.zeros((3, 8)), np.zeros((2, 6)), np.zeros(8)),
    raises(reference.lstm_step, "type", TypeError, "output_activation must be a function such as "
           "np.tanh, got int 1", np.zeros(3), np.zeros(2), np.zeros(2), *LSTM,
           output_activation=1),
    raises(reference.gru_step, "shape", ValueError, "bias must be 2-D, got shape (6,)",
           np.zeros(3), np.zeros(2), np.zeros((3, 6)), np.zeros((2, 6)), np.zeros(6)),
    raises(reference.gru_step, "shape", ValueError, "h_prev has shape (1, 2), expected (2,)",
           np.zeros(3), np.zeros((1, 2)), *GRU),
    # --- helpers.reference: 07 (backpropagation through time) -----------------------------------
    raises(reference.softmax_cross_entropy, "empty", ValueError, "logits must not be empty, got "
           "shape (0, 5)", np.zeros((0, 5)), np.zeros(0, int)),
    raises(reference.softmax_cross_entropy, "type", TypeError, "targets must be whole-number "
           "class indices, got array of shape (2,) and dtype float64", np.zeros((2, 3)),
           [0.0, 1.0]),
    raises(reference.softmax_cross_entropy, "shape", ValueError, "targets has shape (3,), expected "
           "(2,): one per step", np.zeros((2, 3)), [0, 1, 2]),
    raises(reference.softmax_cross_entropy, "nan", ValueError, "logits contains NaN or infinite "
           "values: nan at index (0, 1)", [[0.0, nan]], [0]),
    raises(reference.softmax_cross_entropy, "range", ValueError, "target 3 is out of range for 3 "
           "classes: expected 0 to 2", np.zeros((2, 3)), [0, 3]),
    raises(reference.rnn_forward_backward, "empty", ValueError, "inputs must not be empty",
           np.zeros((0, 3)), np.zeros(0, int), *SIMPLE, np.zeros((2, 4)), np.zeros(4)),
    raises(reference.rnn_forward_backward, "type", TypeError, "targets must be whole-number class "
           "indices, got str 'hello'", X, "hello", *SIMPLE, np.zeros((2, 4)), np.zeros(4)),
    raises(reference.rnn_forward_backward, "shape", ValueError, "dense_kernel has shape (3, 4), "
           "expected (units, classes) = (2, classes)", X, np.zeros(5, int), *SIMPLE,
           np.zeros((3, 4)), np.zeros(4)),
    raises(reference.rnn_forward_backward, "shape", ValueError, "dense_bias has shape (3,), "
           "expected (4,)", X, np.zeros(5, int), *SIMPLE, np.zeros((2, 4)), np.zeros(3)),
    raises(reference.rnn_forward_backward, "shape", ValueError, "targets has shape (1, 5), "
           "expected (5,): one per step", X, np.zeros((1, 5), int), *SIMPLE, np.zeros((2, 4)),
           np.zeros(4)),
    raises(reference.rnn_forward_backward, "nan", ValueError, "dense_kernel contains NaN or "
           "infinite values", X, np.zeros(5, int), *SIMPLE, np.full((2, 4), inf), np.zeros(4)),
    raises(reference.rnn_forward_backward, "range", ValueError, "target 4 is out of range for 4 "
           "classes", X, np.full(5, 4), *SIMPLE, np.zeros((2, 4)), np.zeros(4)),
    raises(reference.clip_by_global_norm, "empty", ValueError, "grads is empty", {}, 1.0),
    raises(reference.clip_by_global_norm, "type", TypeError, "grads must be a dict or a list of "
           "arrays, got array of shape (3,)", np.zeros(3), 1.0),
    raises(reference.clip_by_global_norm, "type", TypeError, "max_norm must be a number such as "
           "1.0, got str '1'", [np.zeros(3)], "1"),
    raises(reference.clip_by_global_norm, "type", TypeError, "W_h must be a numeric array, got "
           "NoneType None", {"W_h": None}, 1.0),
    raises(reference.clip_by_global_norm, "nan", ValueError, "grads[1] contains NaN or infinite "
           "values: inf at index 0", [np.zeros(2), [inf, 0.0]], 1.0),
    raises(reference.clip_by_global_norm, "range", ValueError, "max_norm must be a positive finite "
           "number, got 0", [np.zeros(2)], 0),
    raises(reference.clip_by_global_norm, "range", ValueError, "max_norm must be a positive finite "
           "number, got inf", [np.zeros(2)], inf),
    # --- helpers.plot ---------------------------------------------------------------------------
    raises(plot.plot_char_strips, "empty", ValueError, "text is empty", "", {"a": []}),
    raises(plot.plot_char_strips, "type", TypeError, "rows must be a dict of label -> one value "
           "per character, got list", "hi", [1, 2]),
    raises(plot.plot_char_strips, "shape", ValueError, "rows['loss'] has 3 values for a text of "
           "2 characters", "hi", {"loss": [1, 2, 3]}),
    raises(plot.plot_char_strips, "nan", ValueError, "rows['loss'] contains NaN or infinite",
           "hi", {"loss": [1, nan]}),
    raises(plot.plot_hidden_states, "empty", ValueError, "states must not be empty, got shape "
           "(0, 3)", np.zeros((0, 3))),
    raises(plot.plot_hidden_states, "type", TypeError, "states must be a numeric array, got "
           "NoneType None", None),
    raises(plot.plot_hidden_states, "type", TypeError, "title must be a string, got NoneType None",
           np.zeros((2, 2)), title=None),
    raises(plot.plot_hidden_states, "vocab", ValueError, "title 'states $h_$' is not math that "
           "matplotlib can typeset", np.zeros((2, 2)), title="states $h_$"),
    raises(plot.plot_hidden_states, "type", TypeError, "colorbar must be True or False, got str "
           "'no'", np.zeros((2, 2)), colorbar="no"),
    raises(plot.plot_hidden_states, "type", TypeError, "ax must be a matplotlib Axes or None",
           np.zeros((2, 2)), ax="left"),
    raises(plot.plot_hidden_states, "shape", ValueError, "states must be 2-D, got shape (5,)",
           np.zeros(5)),
    raises(plot.plot_hidden_states, "nan", ValueError, "states contains NaN or infinite values: "
           "nan at index (0, 1)", [[0.0, nan]]),
    raises(plot.plot_hidden_states, "range", ValueError, "highlight_step 6 is outside 1 to 5",
           np.zeros((5, 3)), highlight_step=6),
    raises(plot.plot_next_char_training, "shape", ValueError, "predictions has 1 strings but "
           "losses 2 values: expected one of each per epoch", [1.0, 0.5], ["ab"], "ab"),
    raises(plot.plot_next_char_training, "shape", ValueError, "the prediction after epoch 2 has "
           "1 characters, the target 2", [1.0, 0.5], ["ab", "a"], "ab"),
    raises(plot.plot_next_char_training, "type", TypeError, "predictions must be a list of "
           "predicted strings, one per epoch, got str 'ab'", [1.0], "ab", "ab"),
    raises(plot.plot_next_char_training, "empty", TypeError, "target must be a non-empty string",
           [1.0], ["ab"], ""),
    raises(plot.plot_next_char_training, "nan", ValueError, "losses contains NaN or infinite",
           [nan], ["ab"], "ab"),
    raises(plot.plot_next_char_training, "range", ValueError, "first_right 3 is outside 1 to 2",
           [1.0, 0.5], ["ab", "ab"], "ab", first_right=3),
    raises(plot.plot_next_char_training, "type", TypeError, "title must be a string, got int 5",
           [1.0], ["ab"], "ab", 5),
    raises(plot.draw_bidirectional_rnn, "range", ValueError, "timesteps 9 is too many to draw "
           "legibly: use at most 8", 9),
    raises(plot.draw_bidirectional_rnn, "type", TypeError, "timesteps must be a whole number, "
           "got float 2.5", 2.5),
    raises(plot.draw_bidirectional_rnn, "type", TypeError, "ax must be a matplotlib Axes or None",
           3, ax="left"),
    raises(plot.plot_gradient_norms, "type", TypeError, "norms must map a label to a 1-D array "
           "of values, got list", [1.0, 0.5]),
    raises(plot.plot_gradient_norms, "shape", ValueError, "norms['b'] has 2 values, expected 3",
           {"a": [1.0, 0.5, 0.2], "b": [1.0, 0.5]}),
    raises(plot.plot_gradient_norms, "nan", ValueError, "norms['a'] contains NaN or infinite",
           {"a": [1.0, nan]}),
    raises(plot.plot_gradient_norms, "range", ValueError, "norms['a'] has -1 at distance 1",
           {"a": [1.0, -1.0]}),
    raises(plot.plot_gradient_norms, "vocab", TypeError, "linestyles must map labels of norms",
           {"a": [1.0]}, linestyles={"b": "--"}),
    raises(plot.plot_lstm_memory, "type", TypeError, "trace must map 'i', 'f', 'o' and 'c' to "
           "(steps, cells) arrays, got dict", np.zeros(3), {"i": np.zeros((3, 2))},
           np.zeros((3, 2))),
    raises(plot.plot_lstm_memory, "shape", ValueError, "correlation has shape (2, 3), expected "
           "(steps, cells) = (3, 2)", np.zeros(3), {k: np.zeros((3, 2)) for k in "ifoc"},
           np.zeros((2, 3))),
    raises(plot.plot_lstm_memory, "nan", ValueError, "inputs contains NaN or infinite",
           [nan, 0.0], {k: np.zeros((2, 2)) for k in "ifoc"}, np.zeros((2, 2))),
    raises(plot.plot_window_and_errors, "vocab", TypeError, "predictions must map the same model "
           "names as errors (['a']) to one prediction each", [0.1], 0.2, {"b": 0.2}, [0.0],
           {"a": [0.1]}, {"a": (0, 0)}, 0.0),
    raises(plot.plot_window_and_errors, "vocab", TypeError, "trained_on must map the same model "
           "names as errors", [0.1], 0.2, {"a": 0.2}, [0.0], {"a": [0.1]}, {}, 0.0),
    raises(plot.plot_window_and_errors, "empty", TypeError, "errors must map a label to a 1-D "
           "array of values, got dict {}", [0.1], 0.2, {}, [0.0], {}, {}, 0.0),
    raises(plot.plot_rnn_shapes, "type", TypeError, "units must be a whole number, got float",
           2.5, 3, 4, {}),
    raises(plot.plot_rnn_shapes, "type", TypeError, "shapes must map a label to a shape tuple, "
           "got list", 2, 3, 4, [(None, 4, 2)]),
    raises(plot.plot_memory_cell, "shape", ValueError, "states has 2 time steps but inputs has 3",
           np.zeros((3, 2)), np.zeros((2, 4)), 1),
    raises(plot.plot_memory_cell, "range", ValueError, "step 4 is outside 1 to 3",
           np.zeros((3, 2)), np.zeros((3, 4)), 4),
    raises(plot.plot_memory_cell, "nan", ValueError, "states contains NaN or infinite",
           np.zeros((1, 2)), [[nan]], 1),
    raises(plot.plot_sequence_predictions, "range", ValueError, "probabilities['a'] has values "
           "from -0.1 to 0.5: expected probabilities between 0 and 1", [0.1, 0.2], [0, 1],
           {"a": [-0.1, 0.5]}, "t"),
    raises(plot.plot_sequence_predictions, "vocab", ValueError, "labels must be 2 values, each 0 "
           "or 1", [0.1, 0.2], [0, 3], {"a": [0.1, 0.5]}, "t"),
    raises(plot.plot_sequence_predictions, "shape", ValueError, "probabilities['a'] has 1 values, "
           "expected 2", [0.1, 0.2], [0, 1], {"a": [0.5]}, "t"),
    raises(plot.plot_state_changes, "type", TypeError, "changes must map a name to a (timesteps, "
           "units) array, got list", [np.zeros((2, 2))], 1),
    raises(plot.plot_state_changes, "range", ValueError, "step 3 is outside 1 to 2",
           {"a": np.zeros((2, 2))}, 3),
    raises(plot.plot_curves, "shape", ValueError, "curves['a'] has 1 values, expected 2: one per "
           "position of x", {"a": [1.0]}, x=[1, 2]),
    raises(plot.plot_curves, "vocab", TypeError, "colours must map labels of curves (['a']) to a "
           "colour", {"a": [1.0]}, colours={"b": "red"}),
    raises(plot.plot_curves, "range", ValueError, "log_y needs positive values, but curves['a'] "
           "is 0 at epoch 2", {"a": [1.0, 0.0]}, log_y=True),
    raises(plot.plot_curves, "type", TypeError, "reference must be (value, label), got float",
           {"a": [1.0]}, reference=0.5),
    raises(plot.plot_predictions_against_targets, "shape", ValueError, "points['a'] has 2 targets "
           "but 1 predictions", {"a": ([1.0, 2.0], [1.0])}),
    raises(plot.plot_predictions_against_targets, "type", TypeError, "points must map a label to "
           "(targets, predictions), got dict {}", {}),
    raises(plot.plot_samples, "type", TypeError, "texts must be a list of sampled strings, got str",
           "abc", np.zeros((2, 3)), "abc", "t"),
    raises(plot.plot_samples, "shape", ValueError, "probabilities has shape (2, 2), expected "
           "(2, 3)", ["abc"], np.zeros((2, 2)), "abc", "t"),
    raises(plot.plot_samples, "vocab", ValueError, "texts[0] 'abz' has characters outside chars: "
           "['z']", ["abz"], np.zeros((2, 3)), "abc", "t"),
    raises(plot.plot_clipping_run, "shape", ValueError, "norms has 2 values and losses 1",
           [1.0, 2.0], [1.0], None, 3.0, "t"),
    raises(plot.plot_clipping_run, "range", ValueError, "norms must be positive for a log scale",
           [-1.0], [1.0], None, 3.0, "t"),
    raises(plot.plot_clipping_run, "nan", ValueError, "losses contains NaN or infinite",
           [1.0], [nan], 1.0, 3.0, "t"),
    raises(plot.draw_unrolled_rnn, "empty", ValueError, "input_symbol must not be empty",
           3, input_symbol=""),
    raises(plot.draw_unrolled_rnn, "type", TypeError, "timesteps must be a whole number, got "
           "str '4'", "4"),
    raises(plot.draw_unrolled_rnn, "type", TypeError, "inputs_at must be a list of step numbers "
           "such as [1, 3], got int 2", 3, inputs_at=2),
    raises(plot.draw_unrolled_rnn, "type", TypeError, "output_symbol must be a string, got "
           "NoneType None", 3, output_symbol=None),
    raises(plot.draw_unrolled_rnn, "type", TypeError, "cell_label must be a string, got int 5",
           3, cell_label=5),
    raises(plot.draw_unrolled_rnn, "vocab", ValueError, "input_symbol 'x_' is not math that "
           "matplotlib can typeset (as '$x__{1}$')", 3, input_symbol="x_"),
    raises(plot.draw_unrolled_rnn, "vocab", ValueError, "title '$\\\\frac$' is not math",
           3, title="$\\frac$"),
    raises(plot.draw_unrolled_rnn, "shape", TypeError, "inputs_at entry must be a whole number, "
           "got list [1, 2]", 3, inputs_at=[[1, 2]]),
    raises(plot.draw_unrolled_rnn, "range", ValueError, "timesteps 13 is too many to draw legibly",
           13),
    raises(plot.draw_unrolled_rnn, "range", ValueError, "outputs_at names step 9, but there are "
           "only 4 steps", 4, outputs_at=[2, 9]),
    raises(plot.plot_training_curves, "empty", ValueError, "history is empty", {}),
    raises(plot.plot_training_curves, "empty", ValueError, "history['loss'] must not be empty",
           {"loss": []}),
    raises(plot.plot_training_curves, "type", TypeError, "history must map metric names to lists "
           "of values, got list", [0.5, 0.25]),
    raises(plot.plot_training_curves, "type", TypeError, "history['loss'] must be a numeric array, "
           "not text", {"loss": ["0.5", "0.25"]}),
    raises(plot.plot_training_curves, "type", TypeError, "log_y must be True or False, got str "
           "'yes'", {"loss": [1.0, 0.5]}, log_y="yes"),
    raises(plot.plot_training_curves, "type", TypeError, "title must be a string, got int 3",
           {"loss": [1.0, 0.5]}, title=3),
    raises(plot.plot_training_curves, "shape", ValueError, "history['loss'] must be 1-D, got shape "
           "(1, 2)", {"loss": [[1.0, 0.5]]}),
    raises(plot.plot_training_curves, "nan", ValueError, "history['val_loss'] contains NaN or "
           "infinite values: nan at index 1", {"loss": [1.0, 0.5], "val_loss": [1.0, nan]}),
    raises(plot.plot_training_curves, "range", ValueError, "log_y needs positive values, but "
           "history['mae'] is 0 at epoch 2", {"mae": [0.5, 0.0, 0.1]}, log_y=True),
    # --- helpers.env ----------------------------------------------------------------------------
    raises(env.installed_version, "empty", ValueError, "distribution is empty ('')", ""),
    raises(env.installed_version, "type", TypeError, "distribution must be a package name such "
           "as 'numpy', got NoneType None", None),
    raises(env.installed_version, "type", TypeError, "got list ['numpy']", ["numpy"]),
    raises(env.python_is_supported, "empty", TypeError, "version must be a tuple like (3, 11), "
           "got ()", ()),
    raises(env.python_is_supported, "type", TypeError, "version must be a tuple like (3, 11), "
           "got '3.10'", "3.10"),
    raises(env.python_is_supported, "type", TypeError, "got (3.0, 10)", (3.0, 10)),
    raises(env.python_is_supported, "shape", TypeError, "got (3,)", (3,)),
    # --- helpers.lesson -------------------------------------------------------------------------
    raises(lesson.setup_lesson, "type", TypeError, "seed must be a whole number >= 0, such as "
           "2024, got float 2024.5", 2024.5),
    raises(lesson.setup_lesson, "range", TypeError, "seed must be a whole number >= 0, such as "
           "2024, got int -1", -1),
    raises(lesson.setup_lesson, "empty", TypeError, "seed must be a whole number >= 0, such as "
           "2024, got NoneType None", None),
    raises(lesson.setup_lesson, "type", TypeError, "tensorflow must be True or False, got str "
           "'no'", 2024, tensorflow="no"),
    raises(lesson.setup_lesson, "range", ValueError, "precision must be 0 to 16 decimals, got 40",
           2024, tensorflow=False, precision=40),
    raises(lesson.about, "nan", ValueError, "value contains NaN or infinite values: nan", nan),
    raises(lesson.about, "nan", ValueError, "value contains NaN or infinite values: inf at "
           "index 1", [0.5, float("inf")]),
    raises(lesson.about, "type", TypeError, "value must be a numeric array, got str "
           "'0.97'", "0.97"),
    raises(lesson.about, "empty", ValueError, "value must not be empty, got shape (0,)", []),
    raises(lesson.about, "type", ValueError, "fmt 'x' is not a format spec for numbers", 0.5,
           "x"),
    raises(lesson.about, "type", TypeError, "fmt must be a format spec such as '.3f', got int 3",
           0.5, 3),
    raises(lesson.show_source, "type", TypeError, "function must be a function or class, got str "
           "'train_until'", "train_until"),
    raises(lesson.show_source, "empty", TypeError, "function must be a function or class, got "
           "NoneType None", None),
    # --- helpers.training -----------------------------------------------------------------------
    raises(training.restart_training, "type", TypeError, "model must be a Keras model, got "
           "NoneType None", None, [np.zeros((2, 3)), np.zeros(3)]),
    raises(training.restart_training, "empty", ValueError, "the model has no optimizer yet: call "
           "model.compile(...) first", CompiledModelStandIn(optimizer=None), []),
    raises(training.restart_training, "type", TypeError, "weights must be a list of arrays like "
           "model.get_weights(), got str 'weights'", CompiledModelStandIn(), "weights"),
    raises(training.restart_training, "empty", ValueError, "weights has 0 arrays, the model has 2",
           CompiledModelStandIn(), []),
    raises(training.restart_training, "shape", ValueError, "weights[0] has shape (3, 2), the "
           "model's has (2, 3)", CompiledModelStandIn(), [np.zeros((3, 2)), np.zeros(3)]),
    raises(training.restart_training, "nan", ValueError, "weights[1] contains NaN or infinite "
           "values", CompiledModelStandIn(), [np.zeros((2, 3)), np.array([0.0, nan, 0.0])]),
    raises(training.train_until, "type", TypeError, "model must be a Keras model, got str 'model'",
           "model", np.zeros((6, 4, 1)), np.zeros(6), max_error=0.005),
    raises(training.train_until, "empty", ValueError, "the model has no optimizer yet",
           CompiledModelStandIn(optimizer=None), np.zeros((6, 4, 1)), np.zeros(6),
           max_error=0.005),
    raises(training.train_until, "shape", ValueError, "inputs hold 6 examples and targets 5",
           CompiledModelStandIn(), np.zeros((6, 4, 1)), np.zeros(5), max_error=0.005),
    raises(training.train_until, "nan", ValueError, "targets contains NaN or infinite values",
           CompiledModelStandIn(), np.zeros((6, 4, 1)), np.full(6, nan), max_error=0.005),
    raises(training.train_until, "range", ValueError, "max_error must be above 0, got 0",
           CompiledModelStandIn(), np.zeros((6, 4, 1)), np.zeros(6), max_error=0),
    raises(training.without_autotuning, "type", TypeError, "dataset must be a tf.data.Dataset, "
           "got array of shape (6, 4)", np.zeros((6, 4))),
    raises(training.train_until, "type", TypeError, "max_error must be a number such as 0.005, "
           "got str '0.005'", CompiledModelStandIn(), np.zeros((6, 4, 1)), np.zeros(6),
           max_error="0.005"),
    raises(training.train_until, "range", ValueError, "max_steps must be at least 100, got 10",
           CompiledModelStandIn(), np.zeros((6, 4, 1)), np.zeros(6), max_error=0.005,
           max_steps=10),
    # --- helpers.widgets ------------------------------------------------------------------------
    raises(figure_widgets.figure_output, "type", TypeError, "figure must be a matplotlib Figure, "
           "got str 'figure'", "figure"),
    raises(figure_widgets.figure_output, "type", TypeError, "figure must be a matplotlib Figure, "
           "got NoneType None", None),
    raises(figure_widgets.interactive_figure, "empty", ValueError, "interactive_figure needs at "
           "least one control", plt.figure),
    raises(figure_widgets.interactive_figure, "type", TypeError, "draw must be a function that "
           "returns a Figure, got NoneType None", None, n=widgets.IntSlider()),
    raises(figure_widgets.interactive_figure, "type", TypeError, "control 'n' must be an "
           "ipywidgets control such as IntSlider, got int 3", plt.figure, n=3),
    raises(figure_widgets.figure_on_click, "empty", TypeError, "button must be the button's "
           "label, got str ''", plt.figure, ""),
    raises(figure_widgets.figure_on_click, "type", TypeError, "draw must be a function that "
           "returns a Figure, got str 'draw'", "draw"),
    raises(figure_widgets.figure_on_click, "type", TypeError, "control 'text' must be an "
           "ipywidgets control", plt.figure, "Run", text="hihello"),
    raises(figure_widgets.text_on_click, "type", TypeError, "write must be a function that "
           "returns a string, got str 'write'", "write"),
    raises(figure_widgets.text_on_click, "empty", TypeError, "button must be the button's "
           "label, got str ''", str, ""),
    raises(figure_widgets.text_on_click, "type", TypeError, "control 'prompt' must be an "
           "ipywidgets control", str, "Run", prompt="JULIET:"),
    # --- helpers.checks: 01 ---------------------------------------------------------------------
    answers(check_batched_memory_cell, "empty", "batched_memory_cell returns None",
            returning(None), verdict=NOT_DONE),
    answers(check_batched_memory_cell, "type", "pass the function batched_memory_cell itself, "
            "got str 'cell'", "cell"),
    answers(check_batched_memory_cell, "type", "batched_memory_cell should return a NumPy array, "
            "got list [['0.5']]", returning([["0.5"]])),
    answers(check_batched_memory_cell, "type", "batched_memory_cell returned complex numbers",
            returning(np.zeros((3, 5, 6)) + 1j)),
    answers(check_batched_memory_cell, "type", "batched_memory_cell raised ZeroDivisionError",
            crashing),
    answers(check_batched_memory_cell, "shape", "should return an array with a regular shape "
            "(rows of equal length)", returning([[0.0, 0.0], [0.0]])),
    answers(check_batched_memory_cell, "shape", "returned shape (3, 5); expected (3, 5, 6)",
            lambda x, k, r, b: np.zeros(x.shape[:2])),
    answers(check_batched_memory_cell, "shape", "gives the same states whatever the inputs",
            returning(np.zeros((3, 5)))),
    answers(check_batched_memory_cell, "nan", "batched_memory_cell returned NaN or infinite values",
            returning(np.full((3, 5, 6), -inf))),
    answers(check_saturation_scale, "empty", "set scale to the smallest value", None,
            verdict=NOT_DONE),
    answers(check_saturation_scale, "type", "scale should be a number from problem['scales'], got "
            "str ''", ""),
    answers(check_saturation_scale, "type", "got complex (1+2j)", 1 + 2j),
    answers(check_saturation_scale, "nan", "scale inf is not one of the candidates", inf),
    answers(check_saturation_scale, "range", "scale -4.5 is not one of the candidates", -4.5),
    answers(check_saturation_scale, "range", "is not one of the candidates", 10**400),
    # --- helpers.checks: 02 ---------------------------------------------------------------------
    answers(check_simple_rnn_prediction, "empty", "fill in both params and output_shape", 72, None,
            verdict=NOT_DONE),
    answers(check_simple_rnn_prediction, "empty", "() is not the output shape", 72, ()),
    answers(check_simple_rnn_prediction, "type", "output_shape should be a tuple, not text: got "
            "str '16, 12, 6'", 72, "16, 12, 6"),
    answers(check_simple_rnn_prediction, "type", "params should be a whole number, got str ''",
            "", (16, 12, 6)),
    answers(check_simple_rnn_prediction, "nan", "params should be a whole number (a count of "
            "parameters), got inf", inf, (16, 12, 6)),
    answers(check_simple_rnn_prediction, "range", "-72 is not the count", -72, (16, 12, 6)),
    answers(check_tf1_port, "empty", "build_model returns None", returning(None),
            verdict=NOT_DONE),
    answers(check_tf1_port, "type", "pass the function build_model itself, got int 42", 42),
    answers(check_tf1_port, "type", "build_model should return a Keras model, got str 'model'",
            returning("model")),
    answers(check_tf1_port, "shape", "could not run on a batch of shape (3, 5, 4)",
            returning(fake_model())),
    answers(check_tf1_port, "shape", "your model reads (4, 5)",
            returning(fake_model((None, 4, 5), [(None, 5, 2)]))),
    # --- helpers.checks: 03 ---------------------------------------------------------------------
    answers(check_many_to_one, "empty", "define build_many_to_one", None, verdict=NOT_DONE),
    answers(check_many_to_one, "type", "build_many_to_one raised TypeError", lambda x: x),
    answers(check_many_to_one, "shape", "use keras.Input(shape=(8, 3))",
            returning(fake_model((None, 3, 8), [(None, 4)]))),
    answers(check_aligned_many_to_many, "empty", "define build_tagger", None, verdict=NOT_DONE),
    answers(check_aligned_many_to_many, "type", "build_tagger should return a Keras model, got "
            "list [1, 2]", returning([1, 2])),
    answers(check_aligned_many_to_many, "shape", "there is no recurrent layer",
            returning(fake_model())),
    answers(check_make_windows, "empty", "make_windows' inputs should return a NumPy array, got "
            "NoneType None", returning((None, None))),
    answers(check_make_windows, "type", "make_windows' inputs should return a NumPy array, got "
            "str 'abc'", returning(("abc", np.zeros(4)))),
    answers(check_make_windows, "type", "make_windows' targets returned complex numbers",
            returning((np.array([[1.0, 2, 3], [2, 3, 4], [3, 4, 5], [4, 5, 6]]), np.ones(4) * 1j))),
    answers(check_make_windows, "shape", "make_windows' inputs should return an array with a "
            "regular shape", returning(([[1.0, 2.0], [3.0]], np.zeros(4)))),
    answers(check_make_windows, "shape", "make_windows' inputs returned shape (4, 3, 1), expected "
            "(4, 3)", lambda s, w: (np.zeros((len(s) - w, w, 1)), np.zeros(len(s) - w))),
    answers(check_make_windows, "shape", "make_windows gives the same windows for another series",
            returning((np.zeros((4, 3, 1)), np.zeros(4)))),
    answers(check_make_windows, "nan", "make_windows' inputs returned NaN or infinite values",
            returning((np.full((4, 3), nan), np.zeros(4)))),
    # --- helpers.checks: 04 ---------------------------------------------------------------------
    answers(check_backward_direction, "empty", "backward_states returns None", returning(None),
            verdict=NOT_DONE),
    answers(check_backward_direction, "type", "backward_states returned complex numbers",
            returning(np.zeros((2, 6, 4), complex))),
    answers(check_backward_direction, "shape", "returned shape (6, 4), expected (2, 6, 4)",
            lambda x, k, r, b: np.zeros((x.shape[1], k.shape[1]))),
    answers(check_backward_direction, "shape", "should return an array with a regular shape",
            returning([np.zeros((6, 4)), np.zeros((5, 4))])),
    answers(check_backward_direction, "nan", "backward_states returned NaN or infinite values",
            returning(np.full((2, 6, 4), nan))),
    answers(check_bidirectional_stack_params, "empty", "stack_param_count returns None",
            returning(None), verdict=NOT_DONE),
    answers(check_bidirectional_stack_params, "type", "should be a whole number, got str '1408'",
            returning("1408")),
    answers(check_bidirectional_stack_params, "nan", "should be a whole number (a count of "
            "parameters), got nan", returning(nan)),
    answers(check_bidirectional_stack_params, "range", "returns -1 whatever the stack",
            returning(-1)),
    # --- helpers.checks: 05 ---------------------------------------------------------------------
    answers(check_lstm_step, "empty", "lstm_step's h should return a NumPy array, got NoneType",
            returning((None, None))),
    answers(check_lstm_step, "type", "lstm_step's h should return a NumPy array, got str 'h'",
            returning(("h", "c"))),
    answers(check_lstm_step, "shape", "lstm_step should return two arrays", returning(np.zeros(4))),
    answers(check_lstm_step, "shape", "lstm_step's c should return an array with a regular shape",
            returning((np.zeros((2, 4)), [[0.0] * 4, [0.0] * 3]))),
    answers(check_lstm_step, "nan", "lstm_step's c returned NaN or infinite values",
            returning((np.zeros((2, 4)), np.full((2, 4), inf)))),
    answers(check_gate_question, "empty", "'' is not one of the choices: answer 'A', 'B', 'C' or "
            "'D'", ""),
    answers(check_gate_question, "empty", "set answer to one letter", None, verdict=NOT_DONE),
    answers(check_gate_question, "type", "answer with one letter as a string, e.g. 'A'; got bytes",
            b"B"),
    answers(check_gate_question, "vocab", "'B?' is not one of the choices", "B?"),
    answers(check_gate_question, "vocab", "'AB' is not one of the choices", "AB"),
    answers(check_gate_question, "range", "'E' is not one of the choices", "E"),
    answers(check_gru_param_count, "empty", "gru_param_count returns None", returning(None),
            verdict=NOT_DONE),
    answers(check_gru_param_count, "type", "should be a whole number, got str '90'",
            returning("90")),
    answers(check_gru_param_count, "nan", "should be a whole number (a count of parameters), got "
            "nan", returning(nan)),
    answers(check_gru_param_count, "range", "returns -1 whatever the layer", returning(-1)),
    # --- helpers.checks: 06 ---------------------------------------------------------------------
    answers(check_own_sentence, "empty", "set my_text to a sentence", None, None,
            verdict=NOT_DONE),
    answers(check_own_sentence, "empty", "'' has 0 characters: use at least 8", "", None),
    answers(check_own_sentence, "type", "my_text should be a string, got int 42", 42, None),
    answers(check_own_sentence, "type", "my_model should be a Keras model, got str 'model'",
            "a sentence of mine", "model"),
    answers(check_own_sentence, "shape", "the model reads (3, 3), but my_text gives (17, 11)",
            "a sentence of mine", fake_model((None, 3, 3), [(None, 3, 3)])),
    answers(check_own_sentence, "range", "text has 41 characters; this demo trains on at most 40",
            "a" * 41, None),
    answers(check_fewer_epochs, "empty", "define build_fast_model", None, verdict=NOT_DONE),
    answers(check_fewer_epochs, "type", "pass the function build_fast_model itself, got str "
            "'model'", "model"),
    # --- helpers.checks: 07 ---------------------------------------------------------------------
    answers(check_step_back, "empty", "step_back returns None", returning(None), verdict=NOT_DONE),
    answers(check_step_back, "type", "pass the function step_back itself, got str 'dh'", "dh"),
    answers(check_step_back, "type", "step_back should return a NumPy array, got str 'dh'",
            returning("dh")),
    answers(check_step_back, "type", "step_back raised ZeroDivisionError", crashing),
    answers(check_step_back, "shape", "step_back returned shape (3, 1), expected (3,)",
            lambda dh, h, W: (W.T @ ((1 - h**2) * dh))[:, None]),
    answers(check_step_back, "nan", "step_back returned NaN or infinite values",
            lambda dh, h, W: dh * nan),
    answers(check_clip_gradients, "empty", "clip_gradients returns None", returning(None),
            verdict=NOT_DONE),
    answers(check_clip_gradients, "type", "should return a dict of clipped gradients with the keys "
            "of grads, got float 1.0", returning(1.0)),
    answers(check_clip_gradients, "shape", "returned the keys ['b']", returning({"b": 0.0})),
    answers(check_clip_gradients, "nan", "clip_gradients's 'W_x' returned NaN or infinite values",
            lambda g, m: {k: v * nan for k, v in g.items()}),
    # --- helpers.checks: 08 ---------------------------------------------------------------------
    answers(check_perplexity, "empty", "perplexity returns None", returning(None),
            verdict=NOT_DONE),
    answers(check_perplexity, "type", "pass the function perplexity itself, got str 'ppl'", "ppl"),
    answers(check_perplexity, "type", "perplexity should return a number, got bool True",
            returning(True)),
    answers(check_perplexity, "shape", "perplexity returned an array of shape (2,)",
            returning(np.zeros(2))),
    answers(check_perplexity, "nan", "perplexity returned nan", returning(nan)),
    answers(check_temperature_probs, "empty", "temperature_probs returns None", returning(None),
            verdict=NOT_DONE),
    answers(check_temperature_probs, "type", "temperature_probs should return a NumPy array, got "
            "str 'p'", returning("p")),
    answers(check_temperature_probs, "shape", "temperature_probs returned shape (6, 1), expected "
            "(6,)", lambda z, t: z[:, None]),
    answers(check_temperature_probs, "nan", "temperature_probs returned NaN or infinite values",
            lambda z, t: z * nan),
    # --- helpers.checks: 05b and 08b ------------------------------------------------------------
    answers(check_half_life, "empty", "half_life returns None", returning(None), verdict=NOT_DONE),
    answers(check_half_life, "type", "half_life should return a NumPy array, got str '14'",
            returning("14")),
    answers(check_half_life, "shape", "half_life(1.0) returned shape (2,); expected one number",
            returning(np.ones(2))),
    answers(check_half_life, "nan", "half_life(1.0) returned nan: a number of steps is positive",
            returning(nan)),
    answers(check_best_update, "empty", "best_update returns None", returning(None),
            verdict=NOT_DONE),
    answers(check_best_update, "type", "best_update's answer should be a whole number, got str",
            returning("36")),
    answers(check_best_update, "crash", "best_update raised ZeroDivisionError", crashing),
    answers(check_dropout, "empty", "dropout returns None", returning(None), verdict=NOT_DONE),
    answers(check_dropout, "type", "dropout should return a NumPy array, got str 'x'",
            returning("x")),
    answers(check_dropout, "shape", "dropout returned shape (2,), expected x's shape (100, 80)",
            returning(np.ones(2))),
    answers(check_dropout, "nan", "dropout returned NaN or infinite values",
            lambda x, r, g: x * nan),
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


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_bad_input_gets_a_clear_answer(case):
    if case.error is not None:
        with pytest.raises(case.error, match=re.escape(case.match)) as caught:
            case.target(*case.args, **case.kwargs)
        # Raised by the helpers' own checks, not from deep inside NumPy or matplotlib.
        assert Path(caught.traceback[-1].path).is_relative_to(HELPERS), caught.traceback[-1]
    else:
        result, line = verdict_of(case.target, *case.args)
        assert result is False
        assert line.startswith(case.verdict), line
        assert case.match in line, line


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
    missing = sorted(public_callables() - tested - NO_INPUT)
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


@settings(max_examples=50, deadline=None)
@given(vocab_and_text_with_an_unknown_character())
def test_the_first_character_outside_the_vocabulary_is_named(case):
    vocab, text, unknown = case
    message = re.escape(f"character {unknown!r} is not in the vocabulary {vocab.chars}")
    for encode in (vocab.encode, vocab.one_hot, lambda t: data.one_hot_batch([t], vocab)):
        with pytest.raises(ValueError, match=message):
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


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(FORWARDS), st.data())
def test_nan_or_inf_anywhere_in_a_forward_argument_is_named_with_its_index(forward, pick):
    arguments = forward_arguments(forward)
    assert call_forward(forward, arguments).shape == (2, 4, 2)  # good as drawn
    name = pick.draw(st.sampled_from(sorted(arguments)))
    array = arguments[name]
    where = pick.draw(st.tuples(*(st.integers(0, side - 1) for side in array.shape)))
    bad = pick.draw(st.sampled_from([nan, inf, -inf]))
    array[where] = bad
    index = where[0] if len(where) == 1 else where
    message = f"{name} contains NaN or infinite values: {bad} at index {index}"
    with pytest.raises(ValueError, match=re.escape(message)):
        call_forward(forward, arguments)


def shapes_without(ndims):
    shapes = hnp.array_shapes(min_dims=0, max_dims=5, min_side=1, max_side=3)
    return shapes.filter(lambda shape: len(shape) not in ndims)


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(FORWARDS), shapes_without({2, 3}), shapes_without({2}))
def test_a_wrong_number_of_dimensions_is_named_with_the_shape(forward, inputs_shape, kernel_shape):
    arguments = forward_arguments(forward)
    arguments["inputs"] = np.zeros(inputs_shape)
    with pytest.raises(
        ValueError, match=re.escape(f"inputs must be 2-D or 3-D, got shape {inputs_shape}")
    ):
        call_forward(forward, arguments)
    arguments = forward_arguments(forward)
    arguments["kernel"] = np.zeros(kernel_shape)
    with pytest.raises(
        ValueError, match=re.escape(f"kernel must be 2-D, got shape {kernel_shape}")
    ):
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


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(sorted(ARRAY_HELPERS)), st.data())
def test_array_helpers_name_a_nan_and_a_wrong_number_of_dimensions(helper, pick):
    call, name, ndims = ARRAY_HELPERS[helper]
    shape = pick.draw(hnp.array_shapes(min_dims=min(ndims), max_dims=max(ndims), min_side=2))
    values = pick.draw(hnp.arrays(np.float64, shape, elements=st.floats(-10, 10)))
    where = pick.draw(st.tuples(*(st.integers(0, side - 1) for side in shape)))
    values[where] = pick.draw(st.sampled_from([nan, inf, -inf]))
    with pytest.raises(ValueError, match=re.escape(f"{name} contains NaN or infinite values")):
        call(values)
    wrong = pick.draw(shapes_without(ndims))
    with pytest.raises(ValueError, match=re.escape(f"{name} must be ")):
        call(np.zeros(wrong))


# Checkers of NumPy answers: the checker, the answer's shape, and its name in the verdict.
ARRAY_CHECKERS = [
    (check_batched_memory_cell, (3, 5, 6), "batched_memory_cell"),
    (check_backward_direction, (2, 6, 4), "backward_states"),
    (check_lstm_step, (2, 4), "lstm_step's h"),
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ARRAY_CHECKERS), st.data())
def test_checkers_name_nan_at_any_position_of_an_answer(checker, pick):
    check, shape, name = checker
    answer = np.zeros(shape)
    where = pick.draw(st.tuples(*(st.integers(0, side - 1) for side in shape)))
    answer[where] = pick.draw(st.sampled_from([nan, inf, -inf]))
    if check is check_lstm_step:
        answer = (answer, np.zeros(shape))  # the new h, with the bad value, and the new c
    result, line = verdict_of(check, returning(answer))
    assert result is False
    assert line == f"{NOT_YET} {name} returned NaN or infinite values."


@settings(max_examples=30, deadline=None)
@given(hnp.array_shapes(min_dims=0, max_dims=4, min_side=1, max_side=7))
def test_checkers_name_a_wrong_shape_of_an_answer(shape):
    if shape in ((3, 5, 6), (3, 6, 6)):  # right, or the "you kept h_0" mistake with its own hint
        return

    def batched_memory_cell(inputs, kernel, recurrent_kernel, bias):
        return np.zeros(shape) + inputs.flat[0]  # follows its input, in a wrong shape

    result, line = verdict_of(check_batched_memory_cell, batched_memory_cell)
    assert result is False
    assert line.endswith(
        f"batched_memory_cell returned shape {shape}; expected (3, 5, 6) = (batch, timesteps, "
        "units)."
    ), line


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


@pytest.mark.parametrize(
    ("draw", "text", "message"),
    [
        (task_figure, "", "text is empty: type at least two characters"),
        (task_figure, "h", "text 'h' has only one character: type at least two characters"),
        (task_figure, "x" * 41, "text has 41 characters; this demo trains on at most 40"),
        (task_figure, "aaaa", "text 'aaaa' is one character repeated: there is nothing"),
        (helo_figure, "hex", "character 'x' is not in the vocabulary ['h', 'e', 'l', 'o']"),
        (helo_figure, "", "text is empty: expected at least one character"),
    ],
)
def test_bad_text_in_a_text_box_is_shown_in_the_output(draw, text, message):
    box = figure_widgets.interactive_figure(draw, text=widgets.Text(value="hello"))
    text_box, output = box.children
    assert shown(output) == "a figure"
    text_box.value = text
    assert shown(output).startswith(message), shown(output)
    text_box.value = "hello"  # good text brings the figure back
    assert shown(output) == "a figure"
    assert plt.get_fignums() == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "text is empty: type at least two characters"),
        ("?", "text '?' has only one character"),
        ("to be or not to be, that is the question!", "text has 41 characters"),
    ],
)
def test_bad_text_and_a_click_show_a_message(text, message):
    box = figure_widgets.figure_on_click(task_figure, button="Train", text=widgets.Text())
    text_box, button, output = box.children
    text_box.value = text
    button.click()
    assert shown(output).startswith(message)


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=45))
def test_any_typed_text_gives_a_figure_or_a_message(text):
    box = figure_widgets.interactive_figure(task_figure, text=widgets.Text(value="hihello"))
    text_box, output = box.children
    text_box.value = text  # never raises: bad text is answered in the output
    if 2 <= len(text) <= 40 and len(set(text)) >= 2:
        assert shown(output) == "a figure"
    else:
        assert "text" in shown(output) and "characters" in shown(output)
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
