# Solution: scale every weight, run the cell, and find the first scale that saturates.
import numpy as np

from helpers.checks import check_saturation_scale, saturation_problem
from helpers.reference import SATURATED  # 0.99

problem = saturation_problem()
inputs, W_x, W_h, b = problem["inputs"], problem["W_x"], problem["W_h"], problem["b"]


def saturated_fraction(scale):
    """The share of states with |h| > SATURATED when every weight is multiplied by scale."""
    h = np.zeros(W_h.shape[0])
    states = []
    for x_t in inputs:
        h = np.tanh(scale * W_x @ x_t + scale * W_h @ h + scale * b)
        states.append(h)
    return (np.abs(np.stack(states)) > SATURATED).mean()


scale = next(s for s in problem["scales"] if saturated_fraction(s) > 0.5)
print(f"smallest saturating scale: {scale} ({saturated_fraction(scale):.0%} of the states)")
done = check_saturation_scale(scale)
