import numpy as np

from helpers.checks import check_clip_gradients


def clip_gradients(grads, max_norm):
    """grads: 배열의 딕셔너리 -> 전역 노름이 max_norm 이하가 되도록 배율을 맞춘 같은 딕셔너리."""
    norm = np.sqrt(sum(np.sum(g**2) for g in grads.values()))  # 모든 기울기에 걸친 노름 하나
    if norm <= max_norm:
        return grads
    return {name: g * (max_norm / norm) for name, g in grads.items()}


done = check_clip_gradients(clip_gradients)
