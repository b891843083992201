# 풀이: Keras 3의 GRU(reset_after=True)에는 블록이 3개(업데이트 z, 리셋 r, 후보 값) 있고, 블록마다
# 커널 (input_dim, units), 순환 커널 (units, units), 편향 두 개 (units,)가 있습니다.
from helpers.checks import check_gru_param_count


def gru_param_count(units, input_dim):
    return 3 * (input_dim * units + units * units + 2 * units)


done = check_gru_param_count(gru_param_count)
