import numpy as np

from helpers.checks import check_best_update


def best_update(val_losses, every):
    """val_losses: every, 2 * every, ...번 업데이트한 뒤에 잰 값 -> 가장 낮았을 때의 횟수."""
    return (int(np.argmin(val_losses)) + 1) * every  # 위치 k는 (k + 1) * every번 뒤에 잰 값


done = check_best_update(best_update)
