# 풀이: 형태가 (16, 12, 5)인 배치에 SimpleRNN(6, return_sequences=True)를 적용합니다.
from helpers.checks import check_simple_rnn_prediction

units, input_dim = 6, 5
params = units * (units + input_dim + 1)  # W_x (6, 5) + W_h (6, 6) + b (6,) = 30 + 36 + 6 = 72
output_shape = (16, 12, 6)  # return_sequences=True는 시간 축을 남깁니다: (batch, timesteps, units)
done = check_simple_rnn_prediction(params, output_shape)
