import numpy as np

from helpers.checks import check_perplexity


def perplexity(logits, targets):
    """logits (n, V), targets (n,) -> e ** (문자당 평균 교차 엔트로피)."""
    shifted = logits - logits.max(axis=1, keepdims=True)  # 같은 소프트맥스를 오버플로 없이
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    losses = -log_probs[np.arange(len(targets)), targets]  # -ln p(target), 문자마다 하나씩
    return float(np.exp(losses.mean()))


done = check_perplexity(perplexity)
