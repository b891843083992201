# 풀이: dynamic_rnn(SimpleRNNCell(units=2), x_data)를 Keras 3으로 옮깁니다(x_data: (1, 5, 4)).
import keras

from helpers.checks import check_tf1_port


def build_model():
    sequences = keras.Input(shape=(5, 4))  # (timesteps, features). 배치 크기는 열어 둡니다
    outputs, states = keras.layers.SimpleRNN(2, return_sequences=True, return_state=True)(sequences)
    return keras.Model(sequences, [outputs, states])


done = check_tf1_port(build_model)
