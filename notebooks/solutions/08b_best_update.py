import numpy as np

from helpers.checks import check_best_update


def best_update(val_losses, every):
    """val_losses measured after every, 2 * every, ... updates -> the count with the lowest."""
    return (int(np.argmin(val_losses)) + 1) * every  # position k was measured after (k + 1) * every


done = check_best_update(best_update)
