# Solution: the backward half of Bidirectional, from the forward loop and two reversals.
from helpers.checks import check_backward_direction
from helpers.reference import simple_rnn_forward


def backward_states(x, kernel, recurrent_kernel, bias):
    reversed_states = simple_rnn_forward(x[:, ::-1], kernel, recurrent_kernel, bias)  # reads T..1
    return reversed_states[:, ::-1]  # line step t up with input step t again


done = check_backward_direction(backward_states)
