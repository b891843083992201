# 풀이: 배치에 대한 LSTM 한 시점을 Keras의 저장 방식(게이트 블록 i, f, c, o)대로 계산합니다.
import numpy as np

from helpers.checks import check_lstm_step


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def my_lstm_step(x_t, h_prev, c_prev, kernel, recurrent_kernel, bias):
    """x_t (batch, input_dim), h_prev와 c_prev (batch, units) -> h_t, c_t (batch, units)."""
    z = x_t @ kernel + h_prev @ recurrent_kernel + bias  # (batch, 4 * units)
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)  # units열짜리 블록 네 개
    i, f, o = sigmoid(z_i), sigmoid(z_f), sigmoid(z_o)  # 게이트, 각각 (0, 1) 범위
    candidate = np.tanh(z_c)  # 새 내용, (-1, 1) 범위
    c_t = f * c_prev + i * candidate  # 이전 셀은 일부 유지하고, 새 내용은 일부 씁니다
    h_t = o * np.tanh(c_t)  # 출력 게이트를 거쳐 셀을 읽어 냅니다
    return h_t, c_t


done = check_lstm_step(my_lstm_step)
