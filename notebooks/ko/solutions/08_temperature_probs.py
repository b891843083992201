import numpy as np

from helpers.checks import check_temperature_probs


def temperature_probs(logits, temperature):
    """logits (V,), temperature > 0 -> softmax(logits / temperature), 형태 (V,)."""
    z = logits / temperature
    e = np.exp(z - z.max())  # 최댓값을 빼도 결과는 바뀌지 않고, 오버플로만 막아 줍니다
    return e / e.sum()


done = check_temperature_probs(temperature_probs)
