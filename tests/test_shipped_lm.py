"""Notebook 08's shipped long run: its weights load and score what its log reports.

``make train-lm`` (scripts/train_lm.py) wrote ``data/lm/char_gru.npz`` and its log
``data/lm/char_gru.json``; the notebook quotes the log. These tests rebuild the model from the
weights and score the validation text the way the script did (non-overlapping windows, the state
starting from zero in each), so a log that no longer matches its weights fails here.
"""

import hashlib
import json
import math

import numpy as np
import pytest

from helpers.data import CharVocab, find_data_file, load_shakespeare
from helpers.language_model import (
    SHIPPED_WEIGHTS,
    WEIGHT_NAMES,
    build_char_model,
    load_shipped,
    make_windows,
    sample,
    split_text,
)

MAX_BYTES = 5 * 2**20  # the weights file stays small enough for the repository


@pytest.fixture(scope="module")
def shipped():
    path = find_data_file(SHIPPED_WEIGHTS)
    log = json.loads(path.with_suffix(".json").read_text())
    weights, vocab = load_shipped(path)
    return path, log, weights, vocab


def test_the_weights_are_small_and_are_the_ones_the_log_describes(shipped):
    path, log, weights, vocab = shipped
    assert path.stat().st_size <= MAX_BYTES
    assert hashlib.sha256(path.read_bytes()).hexdigest() == log["weights_sha256"]
    assert "".join(vocab.chars) == log["data"]["vocab"]
    assert sum(weights[name].size for name in WEIGHT_NAMES) == log["params"]
    assert {"seed", "settings", "epochs", "versions", "final"} <= set(log)
    assert [row["epoch"] for row in log["epochs"]] == list(range(1, log["settings"]["epochs"] + 1))


def test_the_vocabulary_is_the_training_texts(shipped):
    *_, vocab = shipped
    train_text, _ = split_text(load_shakespeare())
    assert vocab.chars == CharVocab(sorted(set(train_text))).chars


def test_the_shipped_weights_give_the_validation_perplexity_the_log_reports(shipped):
    _, log, weights, vocab = shipped
    settings = log["settings"]
    _, val_text = split_text(load_shakespeare())
    x_val, y_val = make_windows(vocab.encode(val_text), settings["window"])
    import keras

    model = build_char_model(len(vocab), settings["embed_dim"], settings["units"])
    model.set_weights([weights[name] for name in WEIGHT_NAMES])
    model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    loss = float(model.evaluate(x_val, y_val, batch_size=256, verbose=0))
    reported = log["final"]["val_loss"]
    print(f"validation loss {loss:.4f} (perplexity {math.exp(loss):.3f}), log {reported:.4f}")
    # float32 sums in another order move the mean loss by about 1e-6; 0.005 is 0.5 % perplexity.
    assert loss == pytest.approx(reported, abs=0.005)
    assert math.exp(loss) == pytest.approx(log["final"]["val_perplexity"], rel=0.01)


def test_sampling_from_the_shipped_weights_is_reproducible(shipped):
    *_, weights, vocab = shipped
    first = sample(weights, vocab, "ROMEO:\n", 60, 0.8, np.random.default_rng(3))
    again = sample(weights, vocab, "ROMEO:\n", 60, 0.8, np.random.default_rng(3))
    assert first == again and len(first) == 60 and set(first) <= set(vocab.chars)
