# 풀이: 특성 3개짜리 시점 8개를 읽고, 클래스 4개에 대한 소프트맥스로 한 번만 답합니다.
import keras

from helpers.checks import check_many_to_one


def build_many_to_one():
    return keras.Sequential(
        [
            keras.Input(shape=(8, 3)),
            keras.layers.SimpleRNN(16),  # 마지막 상태만: (batch, 16)
            keras.layers.Dense(4, activation="softmax"),  # (batch, 4)
        ]
    )


done = check_many_to_one(build_many_to_one)
