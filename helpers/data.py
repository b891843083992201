"""Data for the lessons: one-hot vectors, character vocabularies, sliding windows, the text of
notebook 08 (``load_shakespeare``).

Shapes follow Keras: a batch of sequences is ``(batch, timesteps, features)``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from helpers._validate import as_float_array, as_positive_int, describe
from helpers.i18n import say

# The three words of the source notes' LSTM batch, over the vocabulary h, e, l, o.
HELLO_WORDS = ("hello", "eolll", "lleel")


# Note 004's next-number experiment, which notebooks 03 and 05 both repeat: the two query windows,
# the value that follows each, and what the note's SimpleRNN(10) printed for them after
# NOTE_004_EPOCHS epochs (one unseeded run: no run of ours can reproduce it exactly).
NOTE_004_QUERIES = ((0.6, 0.7, 0.8, 0.9), (-0.1, 0.0, 0.1, 0.2))
NOTE_004_TARGETS = (1.0, 0.3)
NOTE_004_PREDICTIONS = (0.868, 0.176)
NOTE_004_EPOCHS = 100


def _as_indices(indices: object, name: str = "indices") -> np.ndarray:
    """``indices`` as a non-empty integer array, or a TypeError/ValueError that says why not."""
    if indices is None or isinstance(indices, (str, bytes)):
        raise TypeError(
            say(
                f"{name} must be whole numbers, got {describe(indices)}",
                f"{name}에는 정수를 넣어야 합니다. 받은 값: {describe(indices)}",
            )
        )
    try:
        array = np.asarray(indices)
    except ValueError:  # ragged nesting such as [[0], [1, 2]]
        raise ValueError(
            say(
                f"{name} must have a regular shape, got {describe(indices)}",
                f"{name}에는 형태가 고른(행의 길이가 같은) 배열을 넣어야 합니다. "
                f"받은 값: {describe(indices)}",
            )
        ) from None
    if array.size == 0:
        raise ValueError(say(f"{name} must not be empty", f"{name}에 빈 배열을 넣을 수 없습니다"))
    if array.dtype == bool or not np.issubdtype(array.dtype, np.integer):
        raise TypeError(
            say(
                f"{name} must be whole numbers, got {describe(array)}",
                f"{name}에는 정수를 넣어야 합니다. 받은 값: {describe(array)}",
            )
        )
    return array


def _not_a_string(text: object) -> str:
    return say(
        f"text must be a string, got {describe(text)}",
        f"text에는 문자열을 넣어야 합니다. 받은 값: {describe(text)}",
    )


def one_hot(indices: Sequence[int] | np.ndarray, depth: int) -> np.ndarray:
    """One-hot encode integer class indices.

    ``indices`` of any shape ``S`` gives a float32 array of shape ``S + (depth,)``: a 1 at each
    index, 0 elsewhere. Every index must be a whole number in ``[0, depth)``.
    """
    depth = as_positive_int(depth, "depth")
    array = _as_indices(indices)
    bad = array[(array < 0) | (array >= depth)]
    if bad.size:
        raise ValueError(
            say(
                f"index {int(bad.flat[0])} is out of range for depth {depth}: "
                f"expected 0 to {depth - 1}",
                f"인덱스 {int(bad.flat[0])}: depth {depth}의 범위를 벗어납니다. "
                f"0부터 {depth - 1}까지여야 합니다",
            )
        )
    # Only the output is allocated: np.eye(depth) would need depth**2 floats for any input.
    result = np.zeros(array.shape + (depth,), dtype=np.float32)
    np.put_along_axis(result, array[..., np.newaxis], 1.0, axis=-1)
    return result


class CharVocab:
    """A character vocabulary: characters to indices and back.

    The order is the order given; ``CharVocab.from_text`` keeps the order in which characters
    first appear, as the source notes do ("hihello" gives h, i, e, l, o).
    """

    def __init__(self, chars: Iterable[str]):
        if isinstance(chars, (bytes, bytearray)) or not isinstance(chars, Iterable):
            raise TypeError(
                say(
                    f"chars must be a string or a list of characters, got {describe(chars)}",
                    f"chars에는 문자열이나 문자의 리스트를 넣어야 합니다. "
                    f"받은 값: {describe(chars)}",
                )
            )
        if isinstance(chars, (set, frozenset)):
            # A set's order changes from run to run, and so would every index.
            raise TypeError(
                say(
                    f"chars must be in a fixed order (a string or a list), not a set: got "
                    f"{describe(chars)}; use sorted(...) or CharVocab.from_text",
                    f"chars에는 집합(set)이 아니라 순서가 정해진 값(문자열이나 리스트)을 넣어야 "
                    f"합니다. 받은 값: {describe(chars)}. sorted(...)나 CharVocab.from_text를 "
                    f"쓰십시오",
                )
            )
        chars = list(chars)
        if not chars:
            raise ValueError(
                say(
                    "a vocabulary needs at least one character, got none",
                    "어휘에는 문자가 하나 이상 있어야 하는데, 받은 문자가 없습니다",
                )
            )
        for char in chars:
            if not isinstance(char, str) or len(char) != 1:
                raise TypeError(
                    say(
                        f"vocabulary entries must be single characters, got {describe(char)}",
                        f"어휘의 항목은 한 문자씩이어야 합니다. 받은 값: {describe(char)}",
                    )
                )
        duplicates = sorted({c for c in chars if chars.count(c) > 1})
        if duplicates:
            raise ValueError(
                say(
                    f"vocabulary characters must be unique, {duplicates} repeat",
                    f"어휘의 문자는 서로 달라야 합니다. 중복된 문자: {duplicates}",
                )
            )
        self.chars: list[str] = chars
        self.index: dict[str, int] = {c: i for i, c in enumerate(chars)}

    @classmethod
    def from_text(cls, text: str) -> CharVocab:
        """The characters of ``text`` in the order they first appear."""
        if not isinstance(text, str):
            raise TypeError(_not_a_string(text))
        if not text:
            raise ValueError(
                say(
                    "text is empty: a vocabulary needs at least one character",
                    "text에 문자가 없습니다. 어휘에는 문자가 하나 이상 있어야 합니다",
                )
            )
        return cls(dict.fromkeys(text))

    def __len__(self) -> int:
        return len(self.chars)

    def __repr__(self) -> str:
        return f"CharVocab({self.chars!r})"

    def encode(self, text: str) -> np.ndarray:
        """Indices of the characters of ``text``, shape ``(len(text),)``, dtype int64."""
        if not isinstance(text, str):
            raise TypeError(_not_a_string(text))
        if not text:
            raise ValueError(
                say(
                    "text is empty: expected at least one character",
                    "text에 문자가 없습니다. 문자가 하나 이상 있어야 합니다",
                )
            )
        for char in text:
            if char not in self.index:
                raise ValueError(
                    say(
                        f"character {char!r} is not in the vocabulary {self.chars}",
                        f"문자 {char!r}: 어휘 {self.chars}에 없는 문자입니다",
                    )
                )
        return np.array([self.index[c] for c in text], dtype=np.int64)

    def decode(self, indices: Sequence[int] | np.ndarray) -> str:
        """The string spelled by a 1-D sequence of indices."""
        array = _as_indices(indices)
        if array.ndim != 1:
            raise ValueError(
                say(
                    f"indices must be a 1-D sequence, got shape {array.shape}",
                    f"indices에는 1차원 시퀀스를 넣어야 합니다. 받은 형태: {array.shape}",
                )
            )
        for i in array:
            if not 0 <= i < len(self):
                raise ValueError(
                    say(
                        f"index {int(i)} is out of range for a vocabulary of "
                        f"{len(self)} characters: expected 0 to {len(self) - 1}",
                        f"인덱스 {int(i)}: 문자 {len(self)}개로 된 어휘의 범위를 벗어납니다. "
                        f"0부터 {len(self) - 1}까지여야 합니다",
                    )
                )
        return "".join(self.chars[i] for i in array)

    def one_hot(self, text: str) -> np.ndarray:
        """One-hot rows for ``text``: shape ``(len(text), len(self))``, float32."""
        return one_hot(self.encode(text), len(self))


def one_hot_batch(words: Sequence[str], vocab: CharVocab) -> np.ndarray:
    """One-hot encode equal-length words: shape ``(len(words), length, len(vocab))``, float32."""
    if isinstance(words, str) or not isinstance(words, Sequence):
        raise TypeError(
            say(
                f"words must be a list of strings, got {describe(words)}",
                f"words에는 문자열의 리스트를 넣어야 합니다. 받은 값: {describe(words)}",
            )
        )
    if not words:
        raise ValueError(
            say(
                "words is empty: a batch needs at least one word",
                "words에 단어가 없습니다. 배치에는 단어가 하나 이상 있어야 합니다",
            )
        )
    if not isinstance(vocab, CharVocab):
        raise TypeError(
            say(
                f"vocab must be a CharVocab, got {describe(vocab)}",
                f"vocab에는 CharVocab을 넣어야 합니다. 받은 값: {describe(vocab)}",
            )
        )
    lengths = {len(w) if isinstance(w, str) else -1 for w in words}
    if -1 in lengths:
        raise TypeError(
            say(
                f"every word must be a string, got {list(words)!r}",
                f"단어는 모두 문자열이어야 합니다. 받은 값: {list(words)!r}",
            )
        )
    if len(lengths) != 1:
        raise ValueError(
            say(
                f"words must all have the same length to form a batch, "
                f"got lengths {[len(w) for w in words]}",
                f"배치를 만들려면 words의 단어가 모두 같은 길이여야 합니다. "
                f"받은 길이: {[len(w) for w in words]}",
            )
        )
    return np.stack([vocab.one_hot(w) for w in words])


def hello_batch() -> tuple[np.ndarray, CharVocab]:
    """The source notes' batch: hello, eolll, lleel one-hot over h, e, l, o: shape (3, 5, 4)."""
    vocab = CharVocab("helo")
    return one_hot_batch(HELLO_WORDS, vocab), vocab


def sliding_windows(
    series: Sequence[float] | np.ndarray, window: int
) -> tuple[np.ndarray, np.ndarray]:
    """Split a 1-D series into (window -> next value) pairs.

    Returns ``inputs`` of shape ``(n, window)`` and ``targets`` of shape ``(n,)`` with
    ``n = len(series) - window``: ``inputs[i] = series[i : i + window]`` and
    ``targets[i] = series[i + window]``.
    Add a trailing feature axis (``inputs[..., None]``) for a Keras RNN.
    """
    values = as_float_array(series, "series", ndim=1)
    window = as_positive_int(window, "window")
    if window >= len(values):
        raise ValueError(
            say(
                f"window {window} is too long for a series of {len(values)} values: "
                f"it needs at least {window + 1} values to give one target",
                f"window {window}: 값이 {len(values)}개인 series에는 너무 깁니다. "
                f"목표값을 하나라도 얻으려면 값이 {window + 1}개 이상 있어야 합니다",
            )
        )
    n = len(values) - window
    inputs = np.stack([values[i : i + window] for i in range(n)])
    return inputs, values[window:].copy()


def next_char_task(text: str, max_chars: int = 40) -> tuple[np.ndarray, np.ndarray, CharVocab]:
    """The "hihell -> ihello" task for any short text: read ``text[:-1]``, predict ``text[1:]``.

    The vocabulary is the characters of ``text`` in the order they first appear, so "hihello"
    gives h, i, e, l, o as in the source notes.

    Returns:
        ``inputs``: one-hot ``(1, len(text) - 1, len(vocab))`` float32 (a batch of one);
        ``targets``: the index of each next character, ``(1, len(text) - 1)`` int64;
        ``vocab``: the ``CharVocab``.
    """
    if not isinstance(text, str):
        raise TypeError(_not_a_string(text))
    max_chars = as_positive_int(max_chars, "max_chars", minimum=2)
    if len(text) < 2:
        shown = say(
            "is empty" if not text else f"{text!r} has only one character",
            "에 문자가 없습니다" if not text else f" {text!r}에는 문자가 하나뿐입니다",
        )
        raise ValueError(
            say(
                f"text {shown}: type at least two characters, since the model reads each "
                f"character and predicts the one after it",
                f"text{shown}. 모델은 문자를 하나씩 읽고 그다음 문자를 예측하므로, 문자를 두 개 "
                f"이상 입력하십시오",
            )
        )
    if len(text) > max_chars:
        raise ValueError(
            say(
                f"text has {len(text)} characters; this demo trains on at most {max_chars}: "
                f"shorten it",
                f"text의 문자가 {len(text)}개입니다. 이 실습은 최대 {max_chars}개 문자로 "
                f"학습시키므로 더 짧게 줄이십시오",
            )
        )
    if len(set(text)) == 1:
        example = text[0] + ("b" if text[0] != "b" else "a")
        raise ValueError(
            say(
                f"text {text!r} is one character repeated: there is nothing to predict; type at "
                f"least two different characters, e.g. {example!r}",
                f"text {text!r}: 한 문자만 되풀이되어 예측할 것이 없습니다. 서로 다른 문자를 두 "
                f"개 이상 입력하십시오(예: {example!r})",
            )
        )
    vocab = CharVocab.from_text(text)
    indices = vocab.encode(text)
    inputs = one_hot(indices[:-1], len(vocab))[np.newaxis]
    return inputs, indices[np.newaxis, 1:], vocab


# Notebook 07's longer text: the opening of Lewis Carroll's "Alice's Adventures in Wonderland"
# (1865, in the public domain), lower-cased and without its quotation marks, typed in here so
# that no lesson downloads anything. 299 characters over 25 distinct ones.
ALICE_OPENING = (
    "alice was beginning to get very tired of sitting by her sister on the bank, and of having "
    "nothing to do: once or twice she had peeped into the book her sister was reading, but it "
    "had no pictures or conversations in it, and what is the use of a book, thought alice, "
    "without pictures or conversations?"
)


# Notebook 08's text: "tiny Shakespeare" (data/README.md), shipped in the repository's data/ folder
# so that Binder and offline runs find it. Its size and SHA-256 are checked on every load.
SHAKESPEARE_FILE = "tinyshakespeare.txt"
SHAKESPEARE_CHARS = 1_115_394
SHAKESPEARE_SHA256 = "86c4e6aa9db7c042ec79f339dcb96d42b0075e16b8fc2e86bf0ca57e2dc565ed"
# Where the course's data folder is looked for: $COURSE_DATA if set, then data/ beside the helpers
# package (a clone, Binder, an editable install), then data/ in the working directory and its
# parents (a notebook started in notebooks/ with helpers installed from a wheel).
DATA_ENVIRONMENT = "COURSE_DATA"


def data_folders() -> list[Path]:
    """The folders searched, in order, for the course's data files."""
    folders = []
    if os.environ.get(DATA_ENVIRONMENT):
        folders.append(Path(os.environ[DATA_ENVIRONMENT]))
    folders.append(Path(__file__).resolve().parent.parent / "data")
    here = Path.cwd().resolve()
    folders.extend(folder / "data" for folder in (here, *here.parents))
    return list(dict.fromkeys(folders))


def find_data_file(name: str) -> Path:
    """The path of the course's data file ``name``; a FileNotFoundError names where it looked."""
    if not isinstance(name, str) or not name:
        raise TypeError(
            say(
                f"name must be a file name such as {SHAKESPEARE_FILE!r}, got {describe(name)}",
                f"name에는 {SHAKESPEARE_FILE!r} 같은 파일 이름을 넣어야 합니다. "
                f"받은 값: {describe(name)}",
            )
        )
    folders = data_folders()
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    looked = ", ".join(str(folder) for folder in folders[:4])
    raise FileNotFoundError(
        say(
            f"the course's data file {name!r} was not found in {looked}: run the notebook from "
            f"the course's repository, or set {DATA_ENVIRONMENT} to the folder that holds it",
            f"과정의 데이터 파일을 찾지 못했습니다: {name!r} (찾아본 폴더: {looked}). 과정의 "
            f"저장소에서 노트북을 실행하거나, 환경 변수 {DATA_ENVIRONMENT}에 그 파일이 있는 "
            f"폴더를 지정하십시오",
        )
    )


def load_shakespeare() -> str:
    """The whole "tiny Shakespeare" text (1,115,394 characters), checked by size and SHA-256."""
    path = find_data_file(SHAKESPEARE_FILE)
    raw = path.read_bytes()
    if len(raw) != SHAKESPEARE_CHARS or hashlib.sha256(raw).hexdigest() != SHAKESPEARE_SHA256:
        digest = hashlib.sha256(raw).hexdigest()[:12]
        raise ValueError(
            say(
                f"{path} is not the course's copy of tiny Shakespeare: expected "
                f"{SHAKESPEARE_CHARS} bytes with SHA-256 {SHAKESPEARE_SHA256[:12]}..., got "
                f"{len(raw)} bytes with SHA-256 {digest}...; restore it with git checkout data/",
                f"{path}: 과정에 포함된 tiny Shakespeare 사본이 아닙니다. 기대한 파일: "
                f"{SHAKESPEARE_CHARS}바이트, SHA-256 {SHAKESPEARE_SHA256[:12]}..., 받은 파일: "
                f"{len(raw)}바이트, SHA-256 {digest}... git checkout data/로 되돌리십시오",
            )
        )
    return raw.decode("ascii")
