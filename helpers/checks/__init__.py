"""Exercise checkers: each prints a verdict with a hint aimed at the mistake, and returns a bool.

A checker never raises on a wrong answer, a stub or nonsense input. Use it as the last line of an
exercise cell: ``done = check_batched_memory_cell(batched_memory_cell)``. Importing this package
never imports TensorFlow; checkers of Keras models import Keras only when they run.
"""

from helpers.checks.bidirectional import check_backward_direction, check_bidirectional_stack_params
from helpers.checks.bptt import check_clip_gradients, check_step_back
from helpers.checks.char_model import check_fewer_epochs, check_own_sentence
from helpers.checks.gates import check_gate_question, check_gru_param_count, check_lstm_step
from helpers.checks.keras_layers import check_simple_rnn_prediction, check_tf1_port
from helpers.checks.language_model import check_perplexity, check_temperature_probs
from helpers.checks.long_memory import check_half_life
from helpers.checks.memory_cell import (
    check_batched_memory_cell,
    check_saturation_scale,
    saturation_problem,
)
from helpers.checks.overfitting import check_best_update, check_dropout
from helpers.checks.patterns import (
    check_aligned_many_to_many,
    check_make_windows,
    check_many_to_one,
)

__all__ = [
    "check_aligned_many_to_many",
    "check_backward_direction",
    "check_batched_memory_cell",
    "check_best_update",
    "check_bidirectional_stack_params",
    "check_clip_gradients",
    "check_dropout",
    "check_fewer_epochs",
    "check_gate_question",
    "check_gru_param_count",
    "check_half_life",
    "check_lstm_step",
    "check_make_windows",
    "check_many_to_one",
    "check_own_sentence",
    "check_perplexity",
    "check_saturation_scale",
    "check_simple_rnn_prediction",
    "check_step_back",
    "check_temperature_probs",
    "check_tf1_port",
    "saturation_problem",
]
