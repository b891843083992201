# Solution: Keras 3's GRU (reset_after=True) has 3 blocks (update z, reset r, candidate), each
# with a kernel (input_dim, units), a recurrent kernel (units, units) and two biases (units,).
from helpers.checks import check_gru_param_count


def gru_param_count(units, input_dim):
    return 3 * (input_dim * units + units * units + 2 * units)


done = check_gru_param_count(gru_param_count)
