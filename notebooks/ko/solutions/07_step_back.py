from helpers.checks import check_step_back


def step_back(dh, h, W_h):
    """dL/dh_t (units,), h_t = tanh(a_t) (units,), W_h (units, units) -> dL/dh_(t-1) (units,)."""
    # tanh를 거슬러 갑니다: a_t에서 tanh의 기울기는 1 - tanh(a_t)**2 = 1 - h_t**2입니다.
    da = (1 - h**2) * dh
    return W_h.T @ da  # a_t = W_x @ x_t + W_h @ h_(t-1) + b를 거슬러 갑니다


done = check_step_back(step_back)
