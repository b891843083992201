# 풀이: Bidirectional의 역방향 절반을 정방향 반복문과 두 번의 뒤집기로 구합니다.
from helpers.checks import check_backward_direction
from helpers.reference import simple_rnn_forward


def backward_states(x, kernel, recurrent_kernel, bias):
    reversed_states = simple_rnn_forward(
        x[:, ::-1], kernel, recurrent_kernel, bias
    )  # T..1 순서로 읽습니다
    return reversed_states[:, ::-1]  # 시점 t의 상태를 다시 입력 시점 t와 줄 맞춥니다


done = check_backward_direction(backward_states)
