# 풀이: Keras의 가중치 저장 방식으로, 배치를 처리하는 메모리 셀입니다.
import numpy as np

from helpers.checks import check_batched_memory_cell


def batched_memory_cell(inputs, kernel, recurrent_kernel, bias):
    """inputs (batch, timesteps, input_dim) -> 모든 상태 (batch, timesteps, units)."""
    batch, timesteps, _ = inputs.shape
    h = np.zeros((batch, kernel.shape[1]))  # 모든 시퀀스에서 h_0 = 0
    states = np.empty((batch, timesteps, kernel.shape[1]))
    for t in range(timesteps):
        h = np.tanh(inputs[:, t] @ kernel + h @ recurrent_kernel + bias)  # (batch, units)
        states[:, t] = h
    return states


done = check_batched_memory_cell(batched_memory_cell)
