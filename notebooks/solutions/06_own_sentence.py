# Solution: the notebook's model, trained on a sentence of your own.
# In the notebook, `my_model, my_vocab, my_history = train_on_text(my_text, epochs=100)` does the
# same; this file spells it out so that it also runs on its own.
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # quiet TensorFlow, before importing it
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")  # repeatable float results on CPU
import keras

from helpers.checks import check_own_sentence
from helpers.data import next_char_task

my_text = "the cat sat on the mat"
inputs, targets, vocab = next_char_task(my_text)  # (1, 21, 10) one-hot, (1, 21) indices

keras.utils.set_random_seed(2024)
my_model = keras.Sequential(
    [
        keras.Input(shape=inputs.shape[1:]),
        keras.layers.LSTM(len(vocab), return_sequences=True),
        keras.layers.Dense(len(vocab)),  # logits
    ]
)
my_model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.1),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
for _ in range(100):  # one update per epoch: the whole text is one batch
    my_model.train_on_batch(inputs, targets)

done = check_own_sentence(my_text, my_model)
