import numpy as np

from helpers.checks import check_temperature_probs


def temperature_probs(logits, temperature):
    """logits (V,), temperature > 0 -> softmax(logits / temperature), shape (V,)."""
    z = logits / temperature
    e = np.exp(z - z.max())  # subtracting the maximum changes nothing but avoids overflow
    return e / e.sum()


done = check_temperature_probs(temperature_probs)
