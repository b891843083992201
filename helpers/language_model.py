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
from helpers.i18n import say
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
        raise TypeError(_not_a_string(text, "text"))
    if isinstance(fraction, bool) or not isinstance(fraction, numbers.Real):
        raise TypeError(
            say(
                f"fraction must be a number between 0 and 1, got {describe(fraction)}",
                f"fraction에는 0과 1 사이의 수를 넣어야 합니다. 받은 값: {describe(fraction)}",
            )
        )
    cut = int(len(text) * float(fraction))
    if not 0 < cut < len(text):
        raise ValueError(
            say(
                f"fraction {fraction} of a text of {len(text)} characters leaves one part empty: "
                f"expected a number between 0 and 1 and a text of at least two characters",
                f"fraction {fraction}: 문자 {len(text)}개로 된 텍스트를 나누면 한쪽이 비게 "
                f"됩니다. 0과 1 사이의 수와, 문자가 두 개 이상인 텍스트를 넣으십시오",
            )
        )
    return text[:cut], text[cut:]


def _check_make_windows_args(ids, length) -> tuple[np.ndarray, int]:
    """``make_windows``' input checks: ``ids`` as a 1-D integer array long enough for one
    window, and ``length`` as an int."""
    length = as_positive_int(length, "length")
    if isinstance(ids, (str, bytes)):
        raise TypeError(
            say(
                f"ids must be an array of character ids, got {describe(ids)}",
                f"ids에는 문자 ID의 배열을 넣어야 합니다. 받은 값: {describe(ids)}",
            )
        )
    array = np.asarray(ids)
    if array.ndim != 1 or not np.issubdtype(array.dtype, np.integer):
        raise TypeError(
            say(
                f"ids must be a 1-D array of whole numbers, got {describe(array)}",
                f"ids에는 정수로 된 1차원 배열을 넣어야 합니다. 받은 값: {describe(array)}",
            )
        )
    if len(array) - 1 < length:
        raise ValueError(
            say(
                f"ids has {len(array)} characters, too few for one window of {length}: "
                f"expected at least {length + 1}",
                f"ids의 문자가 {len(array)}개뿐이라 길이 {length}의 윈도를 하나도 만들 수 "
                f"없습니다. 문자가 {length + 1}개 이상 있어야 합니다",
            )
        )
    return array, length


def make_windows(ids, length: int) -> tuple[np.ndarray, np.ndarray]:
    """Cut a 1-D array of character ids into windows for teacher forcing.

    Window ``i`` reads ``ids[i*length : (i+1)*length]`` and its targets are the same characters
    shifted by one, ``ids[i*length + 1 : (i+1)*length + 1]``: every character after the first is
    a target exactly once. Returns ``(inputs, targets)``, both ``(n, length)`` int32 with
    ``n = (len(ids) - 1) // length``; the characters that do not fill a last window are dropped.
    """
    array, length = _check_make_windows_args(ids, length)
    n = (len(array) - 1) // length
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
        raise ValueError(
            say(
                f"dropout must be a number from 0 to below 1, got {describe(dropout)}",
                f"dropout에는 0 이상 1 미만의 수를 넣어야 합니다. 받은 값: {describe(dropout)}",
            )
        )
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
            say(
                f"path must be a file path such as 'data/lm/char_gru.npz', got {describe(path)}",
                f"path에는 'data/lm/char_gru.npz' 같은 파일 경로를 넣어야 합니다. "
                f"받은 값: {describe(path)}",
            )
        )
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(
            say(
                f"no weights file at {path}: run make train-lm to make one",
                f"가중치 파일이 없습니다: {path}. make train-lm을 실행해 만드십시오",
            )
        )
    with np.load(path) as archive:
        weights = {name: archive[name] for name in WEIGHT_NAMES}
        chars = str(archive["vocab"])
    return weights, CharVocab(chars)


def _as_weights(weights) -> dict[str, np.ndarray]:
    if isinstance(weights, dict):
        missing = [name for name in WEIGHT_NAMES if name not in weights]
        if missing:
            raise ValueError(
                say(
                    f"weights lacks {missing}: expected the keys {list(WEIGHT_NAMES)}",
                    f"weights에 빠진 키가 있습니다: {missing}. 필요한 키: {list(WEIGHT_NAMES)}",
                )
            )
        return {name: np.asarray(weights[name], dtype=np.float64) for name in WEIGHT_NAMES}
    if isinstance(weights, (list, tuple)) and len(weights) == len(WEIGHT_NAMES):
        return {
            n: np.asarray(w, dtype=np.float64) for n, w in zip(WEIGHT_NAMES, weights, strict=True)
        }
    raise TypeError(
        say(
            f"weights must be model.get_weights() of an Embedding-GRU-Dense model (6 arrays) or a "
            f"dict with the keys {list(WEIGHT_NAMES)}, got {describe(weights)}",
            f"weights에는 Embedding-GRU-Dense 모델의 model.get_weights()(배열 6개)나, 키가 "
            f"{list(WEIGHT_NAMES)}인 딕셔너리를 넣어야 합니다. 받은 값: {describe(weights)}",
        )
    )


def _not_a_string(text: object, name: str) -> str:
    return say(
        f"{name} must be a string, got {describe(text)}",
        f"{name}에는 문자열을 넣어야 합니다. 받은 값: {describe(text)}",
    )


def _check_text(text: object, vocab: CharVocab, name: str) -> np.ndarray:
    if not isinstance(text, str):
        raise TypeError(_not_a_string(text, name))
    if not text:
        raise ValueError(
            say(
                f"{name} is empty: type at least one character for the model to read",
                f"{name}에 문자가 없습니다. 모델이 읽을 문자를 하나 이상 입력하십시오",
            )
        )
    unknown = sorted(set(text) - set(vocab.chars))
    if unknown:
        raise ValueError(
            say(
                f"{name} has characters the model never saw: {''.join(unknown)!r}; expected "
                f"only the {len(vocab)} characters of its vocabulary {''.join(vocab.chars)!r}",
                f"{name}에 모델이 본 적 없는 문자가 있습니다: {''.join(unknown)!r}. 어휘에 있는 "
                f"문자 {len(vocab)}개만 쓸 수 있습니다: {''.join(vocab.chars)!r}",
            )
        )
    return vocab.encode(text)


def run_gru(weights, ids: np.ndarray, h: np.ndarray | None = None):
    """The model in NumPy over ``ids``: ``(logits (T, V), hidden states (T, units))``."""
    w = _as_weights(weights)
    if isinstance(ids, (str, bytes)):
        raise TypeError(
            say(
                f"ids must be character ids (use vocab.encode(text)), got {describe(ids)}",
                f"ids에는 문자 ID를 넣어야 합니다(vocab.encode(text)를 쓰십시오). "
                f"받은 값: {describe(ids)}",
            )
        )
    ids = np.asarray(ids)
    if ids.ndim != 1 or not np.issubdtype(ids.dtype, np.integer) or ids.size == 0:
        raise ValueError(
            say(
                f"ids must be a non-empty 1-D array of whole numbers, got {describe(ids)}",
                f"ids에는 비어 있지 않은 1차원 정수 배열을 넣어야 합니다. 받은 값: {describe(ids)}",
            )
        )
    rows = len(w["embedding"])
    if ids.min() < 0 or ids.max() >= rows:
        raise ValueError(
            say(
                f"ids must be from 0 to {rows - 1}, got {int(ids.min())} to {int(ids.max())}",
                f"ids의 값은 0부터 {rows - 1}까지여야 합니다. "
                f"받은 범위: {int(ids.min())}부터 {int(ids.max())}까지",
            )
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
        raise ValueError(
            say(
                f"text {text!r} has one character: type at least two",
                f"text {text!r}에는 문자가 하나뿐입니다. 두 개 이상 입력하십시오",
            )
        )
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
        raise ValueError(
            say(
                f"length {length} is too long: expected at most {MAX_SAMPLE} characters",
                f"length {length}: 너무 깁니다. 최대 {MAX_SAMPLE}개 문자까지 쓸 수 있습니다",
            )
        )
    if isinstance(temperature, bool) or not isinstance(temperature, numbers.Real):
        raise TypeError(
            say(
                f"temperature must be a number >= 0, got {describe(temperature)}",
                f"temperature에는 0 이상의 수를 넣어야 합니다. 받은 값: {describe(temperature)}",
            )
        )
    if not np.isfinite(temperature) or temperature < 0:
        raise ValueError(
            say(
                f"temperature must be 0 (greedy) or a positive number such as 0.8, "
                f"got {temperature}",
                f"temperature에는 0(탐욕적 디코딩)이나 0.8 같은 양수를 넣어야 합니다. "
                f"받은 값: {temperature}",
            )
        )
    if not isinstance(rng, np.random.Generator):
        raise TypeError(
            say(
                f"rng must be a np.random.Generator, got {describe(rng)}",
                f"rng에는 np.random.Generator를 넣어야 합니다. 받은 값: {describe(rng)}",
            )
        )
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
