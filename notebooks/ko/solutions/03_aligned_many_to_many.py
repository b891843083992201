# 풀이: 8개 시점 하나하나에서 클래스 4개에 대한 소프트맥스를 냅니다.
import keras

from helpers.checks import check_aligned_many_to_many


def build_tagger():
    return keras.Sequential(
        [
            keras.Input(shape=(8, 3)),
            keras.layers.SimpleRNN(16, return_sequences=True),  # 모든 상태: (batch, 8, 16)
            keras.layers.Dense(4, activation="softmax"),  # 시점마다 적용: (batch, 8, 4)
        ]
    )


done = check_aligned_many_to_many(build_tagger)
