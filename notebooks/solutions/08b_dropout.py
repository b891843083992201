from helpers.checks import check_dropout


def dropout(x, rate, rng):
    """Inverted dropout, as in training: zero each value with probability rate, scale the rest."""
    keep = rng.random(x.shape) >= rate  # True with probability 1 - rate
    return x * keep / (1 - rate)  # the expected value of each output is its input


done = check_dropout(dropout)
