# 풀이: Bidirectional(SimpleRNN(units, return_sequences=True)) 층을 `depth`개 쌓은
# 모델의 파라미터 수.
from helpers.checks import check_bidirectional_stack_params


def stack_param_count(units, input_dim, depth):
    total, features = 0, input_dim
    for _ in range(depth):
        total += 2 * units * (units + features + 1)  # 두 방향, 방향마다 W_x, W_h, b
        features = 2 * units  # 다음 층은 두 방향을 연결한 상태를 읽습니다
    return total


done = check_bidirectional_stack_params(stack_param_count)
