# 풀이: 모든 가중치에 배율을 곱해 셀을 실행하고, 처음으로 포화되는 배율을 찾습니다.
import numpy as np

from helpers.checks import check_saturation_scale, saturation_problem
from helpers.reference import SATURATED  # 0.99

problem = saturation_problem()
inputs, W_x, W_h, b = problem["inputs"], problem["W_x"], problem["W_h"], problem["b"]


def saturated_fraction(scale):
    """모든 가중치에 scale을 곱했을 때 |h| > SATURATED인 상태의 비율."""
    h = np.zeros(W_h.shape[0])
    states = []
    for x_t in inputs:
        h = np.tanh(scale * W_x @ x_t + scale * W_h @ h + scale * b)
        states.append(h)
    return (np.abs(np.stack(states)) > SATURATED).mean()


scale = next(s for s in problem["scales"] if saturated_fraction(s) > 0.5)
print(f"포화되는 가장 작은 배율: {scale} (상태의 {saturated_fraction(scale):.0%})")
done = check_saturation_scale(scale)
