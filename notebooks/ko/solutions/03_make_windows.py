# 풀이: 값 `window`개로 된 모든 윈도와, 그 바로 다음 값.
import numpy as np

from helpers.checks import check_make_windows


def make_windows(series, window):
    n = len(series) - window  # 마지막 윈도에도 다음 값이 있어야 합니다
    inputs = np.stack([series[i : i + window] for i in range(n)])  # (n, window)
    targets = np.array([series[i + window] for i in range(n)])  # (n,)
    return inputs, targets


done = check_make_windows(make_windows)
