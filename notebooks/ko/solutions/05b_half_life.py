import numpy as np

from helpers.checks import check_half_life


def half_life(forget_bias):
    """망각 게이트가 f = sigmoid(forget_bias)에 머무는 셀에 절반이 남기까지의 시점 수 n."""
    f = 1 / (1 + np.exp(-forget_bias))  # 망각 게이트: 시점마다 셀에서 유지되는 비율
    return np.log(0.5) / np.log(f)  # f ** n = 1 / 2


done = check_half_life(half_life)
