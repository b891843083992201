from helpers.checks import check_dropout


def dropout(x, rate, rng):
    """학습 때처럼 역 드롭아웃: 각 값을 확률 rate로 0으로 만들고, 나머지의 배율을 키웁니다."""
    keep = rng.random(x.shape) >= rate  # 확률 1 - rate로 True
    return x * keep / (1 - rate)  # 각 출력의 기댓값은 그 입력과 같습니다


done = check_dropout(dropout)
