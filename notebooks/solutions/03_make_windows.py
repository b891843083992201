# Solution: every window of `window` values and the value that follows it.
import numpy as np

from helpers.checks import check_make_windows


def make_windows(series, window):
    n = len(series) - window  # the last window must still have a next value
    inputs = np.stack([series[i : i + window] for i in range(n)])  # (n, window)
    targets = np.array([series[i + window] for i in range(n)])  # (n,)
    return inputs, targets


done = check_make_windows(make_windows)
