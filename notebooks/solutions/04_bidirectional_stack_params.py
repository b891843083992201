# Solution: parameters of `depth` stacked Bidirectional(SimpleRNN(units, return_sequences=True)).
from helpers.checks import check_bidirectional_stack_params


def stack_param_count(units, input_dim, depth):
    total, features = 0, input_dim
    for _ in range(depth):
        total += 2 * units * (units + features + 1)  # two directions, each W_x, W_h and b
        features = 2 * units  # the next layer reads both directions concatenated
    return total


done = check_bidirectional_stack_params(stack_param_count)
