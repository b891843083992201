from helpers.checks import check_step_back


def step_back(dh, h, W_h):
    """dL/dh_t (units,), h_t = tanh(a_t) (units,), W_h (units, units) -> dL/dh_(t-1) (units,)."""
    da = (1 - h**2) * dh  # back through tanh: its slope at a_t is 1 - tanh(a_t)**2 = 1 - h_t**2
    return W_h.T @ da  # back through a_t = W_x @ x_t + W_h @ h_(t-1) + b


done = check_step_back(step_back)
