"""Notebook 08's character language model: the split, the windows, the model, sampling in NumPy.

One home for what the notebook, ``scripts/train_lm.py`` (the shipped long run) and the tests
share. Importing this module never imports TensorFlow; ``build_char_model`` imports Keras when
it runs. The model is ``Embedding -> GRU (return_sequences) -> Dense`` logits; its weights, as
``model.get_weights()`` lists them, are ``[embedding, kernel, recurrent_kernel, bias,
dense_kernel, dense_bias]``, which is also the order of the shipped ``.npz`` file.
"""

from __future__ import annotations

import numbers
from pathlib import Path

import numpy as np

from helpers._validate import as_positive_int, describe
from helpers.data import CharVocab, find_data_file
from helpers.reference import _gru_step

TRAIN_FRACTION = 0.9  # the first 90 % of the text trains, the last 10 % validates
WEIGHT_NAMES = (
    "embedding",
    "kernel",
    "recurrent_kernel",
    "bias",
    "dense_kernel",
    "dense_bias",
)
SHIPPED_WEIGHTS = "lm/char_gru.npz"  # inside the data folder; its log is lm/char_gru.json
MAX_SAMPLE = 5000  # the most characters one call to ``sample`` writes


def split_text(text: str, fraction: float = TRAIN_FRACTION) -> tuple[str, str]:
    """The first ``fraction`` of ``text`` for training and the rest, contiguous, for validation."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, got {describe(text)}")
    if isinstance(fraction, bool) or not isinstance(fraction, numbers.Real):
        raise TypeError(f"fraction must be a number between 0 and 1, got {describe(fraction)}")
    cut = int(len(text) * float(fraction))
    if not 0 < cut < len(text):
        raise ValueError(
            f"fraction {fraction} of a text of {len(text)} characters leaves one part empty: "
            f"expected a number between 0 and 1 and a text of at least two characters"
        )
    return text[:cut], text[cut:]


def make_windows(ids, length: int) -> tuple[np.ndarray, np.ndarray]:
    """Cut a 1-D array of character ids into windows for teacher forcing.

    Window ``i`` reads ``ids[i*length : (i+1)*length]`` and its targets are the same characters
    shifted by one, ``ids[i*length + 1 : (i+1)*length + 1]``: every character after the first is
    a target exactly once. Returns ``(inputs, targets)``, both ``(n, length)`` int32 with
    ``n = (len(ids) - 1) // length``; the characters that do not fill a last window are dropped.
    """
    length = as_positive_int(length, "length")
    if isinstance(ids, (str, bytes)):
        raise TypeError(f"ids must be an array of character ids, got {describe(ids)}")
    array = np.asarray(ids)
    if array.ndim != 1 or not np.issubdtype(array.dtype, np.integer):
        raise TypeError(f"ids must be a 1-D array of whole numbers, got {describe(array)}")
    n = (len(array) - 1) // length
    if n < 1:
        raise ValueError(
            f"ids has {len(array)} characters, too few for one window of {length}: "
            f"expected at least {length + 1}"
        )
    inputs = array[: n * length].reshape(n, length).astype(np.int32)
    targets = array[1 : n * length + 1].reshape(n, length).astype(np.int32)
    return inputs, targets


def build_char_model(vocab_size: int, embed_dim: int, units: int, dropout: float = 0.0):
    """``Embedding(vocab_size, embed_dim) -> GRU(units) -> Dropout -> Dense(vocab_size)`` logits.

    Inputs are ``(batch, timesteps)`` character ids of any length; outputs are
    ``(batch, timesteps, vocab_size)`` logits, one next-character prediction per step.
    """
    vocab_size = as_positive_int(vocab_size, "vocab_size", minimum=2)
    embed_dim = as_positive_int(embed_dim, "embed_dim")
    units = as_positive_int(units, "units")
    if isinstance(dropout, bool) or not isinstance(dropout, numbers.Real) or not 0 <= dropout < 1:
        raise ValueError(f"dropout must be a number from 0 to below 1, got {describe(dropout)}")
    import keras

    inputs = keras.Input(shape=(None,), dtype="int32")
    x = keras.layers.Embedding(vocab_size, embed_dim)(inputs)
    x = keras.layers.GRU(units, return_sequences=True)(x)
    if dropout:
        x = keras.layers.Dropout(float(dropout))(x)
    outputs = keras.layers.Dense(vocab_size)(x)
    return keras.Model(inputs, outputs)


def load_shipped(path: str | Path | None = None) -> tuple[dict[str, np.ndarray], CharVocab]:
    """The shipped long run's weights (a dict named as ``WEIGHT_NAMES``) and its vocabulary."""
    if path is None:
        path = find_data_file(SHIPPED_WEIGHTS)
    elif not isinstance(path, (str, Path)):
        raise TypeError(
            f"path must be a file path such as 'data/lm/char_gru.npz', got {describe(path)}"
        )
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no weights file at {path}: run make train-lm to make one")
    with np.load(path) as archive:
        weights = {name: archive[name] for name in WEIGHT_NAMES}
        chars = str(archive["vocab"])
    return weights, CharVocab(chars)


def _as_weights(weights) -> dict[str, np.ndarray]:
    if isinstance(weights, dict):
        missing = [name for name in WEIGHT_NAMES if name not in weights]
        if missing:
            raise ValueError(f"weights lacks {missing}: expected the keys {list(WEIGHT_NAMES)}")
        return {name: np.asarray(weights[name], dtype=np.float64) for name in WEIGHT_NAMES}
    if isinstance(weights, (list, tuple)) and len(weights) == len(WEIGHT_NAMES):
        return {
            n: np.asarray(w, dtype=np.float64) for n, w in zip(WEIGHT_NAMES, weights, strict=True)
        }
    raise TypeError(
        f"weights must be model.get_weights() of an Embedding-GRU-Dense model (6 arrays) or a "
        f"dict with the keys {list(WEIGHT_NAMES)}, got {describe(weights)}"
    )


def _check_text(text: object, vocab: CharVocab, name: str) -> np.ndarray:
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a string, got {describe(text)}")
    if not text:
        raise ValueError(f"{name} is empty: type at least one character for the model to read")
    unknown = sorted(set(text) - set(vocab.chars))
    if unknown:
        raise ValueError(
            f"{name} has characters the model never saw: {''.join(unknown)!r}; expected only "
            f"the {len(vocab)} characters of its vocabulary {''.join(vocab.chars)!r}"
        )
    return vocab.encode(text)


def run_gru(weights, ids: np.ndarray, h: np.ndarray | None = None):
    """The model in NumPy over ``ids``: ``(logits (T, V), hidden states (T, units))``."""
    w = _as_weights(weights)
    if isinstance(ids, (str, bytes)):
        raise TypeError(f"ids must be character ids (use vocab.encode(text)), got {describe(ids)}")
    ids = np.asarray(ids)
    if ids.ndim != 1 or not np.issubdtype(ids.dtype, np.integer) or ids.size == 0:
        raise ValueError(f"ids must be a non-empty 1-D array of whole numbers, got {describe(ids)}")
    rows = len(w["embedding"])
    if ids.min() < 0 or ids.max() >= rows:
        raise ValueError(
            f"ids must be from 0 to {rows - 1}, got {int(ids.min())} to {int(ids.max())}"
        )
    units = w["recurrent_kernel"].shape[0]
    h = np.zeros((1, units)) if h is None else h
    states = np.empty((len(ids), units))
    x = w["embedding"][ids]
    # The input part of every step at once; the loop only adds what depends on h.
    for t in range(len(ids)):
        h = _gru_step(x[t : t + 1], h, w["kernel"], w["recurrent_kernel"], w["bias"])
        states[t] = h[0]
    return states @ w["dense_kernel"] + w["dense_bias"], states


def char_surprise(weights, vocab: CharVocab, text: str) -> tuple[np.ndarray, np.ndarray]:
    """For each character of ``text`` after the first: its loss ``-ln p`` under the model given
    the characters before it, shape ``(len(text) - 1,)``, and the hidden state that read the
    character before it, ``(len(text) - 1, units)``."""
    ids = _check_text(text, vocab, "text")
    if len(ids) < 2:
        raise ValueError(f"text {text!r} has one character: type at least two")
    logits, states = run_gru(weights, ids[:-1])
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return -log_probs[np.arange(len(ids) - 1), ids[1:]], states


def sample(weights, vocab: CharVocab, prompt: str, length: int, temperature: float, rng) -> str:
    """``length`` characters written after ``prompt`` by the model in NumPy.

    ``temperature`` 0 picks the most likely character every step (greedy); above 0 each
    character is drawn from ``softmax(logits / temperature)`` with ``rng`` (a
    ``np.random.Generator``), so the same seed gives the same text.
    """
    ids = _check_text(prompt, vocab, "prompt")
    length = as_positive_int(length, "length")
    if length > MAX_SAMPLE:
        raise ValueError(f"length {length} is too long: expected at most {MAX_SAMPLE} characters")
    if isinstance(temperature, bool) or not isinstance(temperature, numbers.Real):
        raise TypeError(f"temperature must be a number >= 0, got {describe(temperature)}")
    if not np.isfinite(temperature) or temperature < 0:
        raise ValueError(
            f"temperature must be 0 (greedy) or a positive number such as 0.8, got {temperature}"
        )
    if not isinstance(rng, np.random.Generator):
        raise TypeError(f"rng must be a np.random.Generator, got {describe(rng)}")
    w = _as_weights(weights)
    _, states = run_gru(w, ids)
    h = states[-1:]
    out = []
    for _ in range(length):
        logits = (h @ w["dense_kernel"] + w["dense_bias"])[0]
        if temperature == 0:
            nxt = int(np.argmax(logits))
        else:
            z = logits / temperature
            p = np.exp(z - z.max())
            nxt = int(rng.choice(len(p), p=p / p.sum()))
        out.append(nxt)
        x = w["embedding"][nxt : nxt + 1]
        h = _gru_step(x, h, w["kernel"], w["recurrent_kernel"], w["bias"])
    return vocab.decode(out)
