# 풀이: 노트북의 모델을 직접 고른 문장으로 학습시킵니다.
# 노트북에서는 `my_model, my_vocab, my_history = train_on_text(my_text, epochs=100)`이 같은 일을
# 합니다. 이 파일은 단독으로도 실행되도록 그 과정을 풀어 씁니다.
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow를 임포트하기 전에 로그를 줄입니다
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")  # CPU에서 같은 부동소수점 결과를 냅니다
import keras

from helpers.checks import check_own_sentence
from helpers.data import next_char_task

my_text = "the cat sat on the mat"
inputs, targets, vocab = next_char_task(my_text)  # 원-핫 (1, 21, 10), 인덱스 (1, 21)

keras.utils.set_random_seed(2024)
my_model = keras.Sequential(
    [
        keras.Input(shape=inputs.shape[1:]),
        keras.layers.LSTM(len(vocab), return_sequences=True),
        keras.layers.Dense(len(vocab)),  # 로짓
    ]
)
my_model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.1),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
for _ in range(100):  # 에포크마다 업데이트 한 번: 텍스트 전체가 배치 하나입니다
    my_model.train_on_batch(inputs, targets)

done = check_own_sentence(my_text, my_model)
