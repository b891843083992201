"""Tests for helpers.data: one-hot vectors, character vocabularies, the hello batch, windows."""

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from helpers.data import (
    HELLO_WORDS,
    CharVocab,
    find_data_file,
    hello_batch,
    next_char_task,
    one_hot,
    one_hot_batch,
    sliding_windows,
)
from helpers.i18n import speaking

HELO = ["h", "e", "l", "o"]


# --- one_hot -------------------------------------------------------------------------------------


def test_one_hot_exact_values_and_dtype():
    result = one_hot([0, 2], 3)
    expected = np.array([[1, 0, 0], [0, 0, 1]], dtype=np.float32)
    np.testing.assert_array_equal(result, expected)
    assert result.dtype == np.float32


def test_one_hot_keeps_the_shape_of_2d_indices():
    result = one_hot(np.array([[3, 0], [1, 1]]), 4)
    assert result.shape == (2, 2, 4)
    np.testing.assert_array_equal(result[0, 0], [0, 0, 0, 1])
    np.testing.assert_array_equal(result[0, 1], [1, 0, 0, 0])
    np.testing.assert_array_equal(result[1, 0], [0, 1, 0, 0])
    np.testing.assert_array_equal(result[1, 1], [0, 1, 0, 0])


def test_one_hot_accepts_numpy_integers():
    result = one_hot(np.array([1], dtype=np.uint8), np.int64(2))
    np.testing.assert_array_equal(result, [[0, 1]])


@pytest.mark.parametrize(
    ("indices", "depth", "error", "message"),
    [
        ([], 3, ValueError, "indices must not be empty"),
        ([0, 3], 3, ValueError, "index 3 is out of range for depth 3: expected 0 to 2"),
        ([1, -1], 3, ValueError, "index -1 is out of range for depth 3: expected 0 to 2"),
        (
            [True, False],
            2,
            TypeError,
            "indices must be whole numbers, got array of shape (2,) and dtype bool",
        ),
        (
            [0.0, 1.0],
            2,
            TypeError,
            "indices must be whole numbers, got array of shape (2,) and dtype float64",
        ),
        (None, 3, TypeError, "indices must be whole numbers, got NoneType None"),
        ("01", 3, TypeError, "indices must be whole numbers, got str '01'"),
        ([0, 1], 0, ValueError, "depth must be at least 1, got 0"),
        ([0, 1], -2, ValueError, "depth must be at least 1, got -2"),
        ([0, 1], True, TypeError, "depth must be a whole number, got bool True"),
        ([0, 1], 2.0, TypeError, "depth must be a whole number, got float 2.0"),
        ([0, 1], None, TypeError, "depth must be a whole number, got NoneType None"),
        ([0, 1], "3", TypeError, "depth must be a whole number, got str '3'"),
    ],
)
def test_one_hot_rejects_bad_input(indices, depth, error, message):
    with pytest.raises(error, match=re.escape(message)):
        one_hot(indices, depth)


@st.composite
def indices_and_depth(draw):
    depth = draw(st.integers(1, 8))
    shape = draw(hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=5))
    indices = draw(hnp.arrays(np.int64, shape, elements=st.integers(0, depth - 1)))
    return indices, depth


@settings(max_examples=50, deadline=None)
@given(indices_and_depth())
def test_one_hot_properties(case):
    indices, depth = case
    result = one_hot(indices, depth)
    assert result.shape == indices.shape + (depth,)
    assert result.dtype == np.float32
    np.testing.assert_array_equal(result.sum(axis=-1), np.ones(indices.shape))
    assert set(np.unique(result)) <= {0.0, 1.0}
    np.testing.assert_array_equal(result.argmax(axis=-1), indices)


# --- CharVocab ----------------------------------------------------------------------------------


def test_from_text_keeps_first_appearance_order():
    # "hihello", the source notes' word, gives h, i, e, l, o. ("hihell" has no "o" in it.)
    vocab = CharVocab.from_text("hihello")
    assert vocab.chars == ["h", "i", "e", "l", "o"]
    assert vocab.index == {"h": 0, "i": 1, "e": 2, "l": 3, "o": 4}
    assert len(vocab) == 5
    assert CharVocab.from_text("hihell").chars == ["h", "i", "e", "l"]


def test_vocab_from_string_and_from_list_agree():
    assert CharVocab("helo").chars == HELO
    assert CharVocab(HELO).chars == HELO
    assert CharVocab(iter("helo")).chars == HELO
    assert repr(CharVocab("helo")) == "CharVocab(['h', 'e', 'l', 'o'])"


def test_encode_exact_values():
    encoded = CharVocab("helo").encode("hello")
    np.testing.assert_array_equal(encoded, [0, 1, 2, 2, 3])
    assert encoded.dtype == np.int64


def test_decode_exact_values():
    vocab = CharVocab("helo")
    assert vocab.decode([0, 1, 2, 2, 3]) == "hello"
    assert vocab.decode(np.array([3, 2, 1, 0], dtype=np.int32)) == "oleh"


def test_encode_decode_round_trip():
    vocab = CharVocab.from_text("hihello")
    assert vocab.decode(vocab.encode("ohhielloh")) == "ohhielloh"


def test_vocab_one_hot_rows():
    result = CharVocab("helo").one_hot("leo")
    expected = np.array([[0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 1]], dtype=np.float32)
    np.testing.assert_array_equal(result, expected)
    assert result.dtype == np.float32


@pytest.mark.parametrize(
    ("chars", "error", "message"),
    [
        ([], ValueError, "a vocabulary needs at least one character, got none"),
        ("", ValueError, "a vocabulary needs at least one character, got none"),
        (["h", "ab"], TypeError, "vocabulary entries must be single characters, got str 'ab'"),
        (["h", ""], TypeError, "vocabulary entries must be single characters, got str ''"),
        (["h", 1], TypeError, "vocabulary entries must be single characters, got int 1"),
        (["h", None], TypeError, "vocabulary entries must be single characters, got NoneType"),
        ("hah", ValueError, "vocabulary characters must be unique, ['h'] repeat"),
        ("abba", ValueError, "vocabulary characters must be unique, ['a', 'b'] repeat"),
    ],
)
def test_vocab_rejects_bad_characters(chars, error, message):
    with pytest.raises(error, match=re.escape(message)):
        CharVocab(chars)


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("", ValueError, "text is empty: a vocabulary needs at least one character"),
        (None, TypeError, "text must be a string, got NoneType None"),
        (["h", "i"], TypeError, "text must be a string, got list ['h', 'i']"),
        (b"hi", TypeError, "text must be a string, got bytes b'hi'"),
    ],
)
def test_from_text_rejects_bad_text(text, error, message):
    with pytest.raises(error, match=re.escape(message)):
        CharVocab.from_text(text)


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("hex", ValueError, "character 'x' is not in the vocabulary ['h', 'e', 'l', 'o']"),
        ("Hello", ValueError, "character 'H' is not in the vocabulary ['h', 'e', 'l', 'o']"),
        ("", ValueError, "text is empty: expected at least one character"),
        (None, TypeError, "text must be a string, got NoneType None"),
        (5, TypeError, "text must be a string, got int 5"),
    ],
)
def test_encode_rejects_bad_text(text, error, message):
    with pytest.raises(error, match=re.escape(message)):
        CharVocab("helo").encode(text)


def test_vocab_one_hot_rejects_unknown_character():
    with pytest.raises(ValueError, match=re.escape("character 'z' is not in the vocabulary")):
        CharVocab("helo").one_hot("hz")


@pytest.mark.parametrize(
    ("indices", "error", "message"),
    [
        ([], ValueError, "indices must not be empty"),
        ([[0, 1]], ValueError, "indices must be a 1-D sequence, got shape (1, 2)"),
        (None, TypeError, "indices must be whole numbers, got NoneType None"),
        ([[0], [1, 2]], ValueError, "indices must have a regular shape"),
        (
            [0, 4],
            ValueError,
            "index 4 is out of range for a vocabulary of 4 characters: expected 0 to 3",
        ),
        ([-1], ValueError, "index -1 is out of range for a vocabulary of 4 characters"),
        (
            [True, False],
            TypeError,
            "indices must be whole numbers, got array of shape (2,) and dtype bool",
        ),
        (
            [0.0, 1.0],
            TypeError,
            "indices must be whole numbers, got array of shape (2,) and dtype float64",
        ),
        (["h"], TypeError, "indices must be whole numbers, got array of shape (1,) and dtype <U1"),
    ],
)
def test_decode_rejects_bad_indices(indices, error, message):
    with pytest.raises(error, match=re.escape(message)):
        CharVocab("helo").decode(indices)


@st.composite
def vocab_and_text(draw):
    chars = draw(st.lists(st.characters(), min_size=1, max_size=20, unique=True))
    text = "".join(draw(st.lists(st.sampled_from(chars), min_size=1, max_size=40)))
    return chars, text


@settings(max_examples=50)
@given(vocab_and_text())
def test_vocab_round_trip_property(case):
    chars, text = case
    vocab = CharVocab(chars)
    encoded = vocab.encode(text)
    assert encoded.shape == (len(text),)
    assert all(chars[i] == c for i, c in zip(encoded, text, strict=True))
    assert vocab.decode(encoded) == text


@settings(max_examples=50)
@given(st.text(min_size=1, max_size=40))
def test_from_text_property(text):
    vocab = CharVocab.from_text(text)
    assert sorted(vocab.chars) == sorted(set(text))
    first_seen = [text.index(c) for c in vocab.chars]
    assert first_seen == sorted(first_seen)
    assert vocab.decode(vocab.encode(text)) == text


# --- one_hot_batch and hello_batch --------------------------------------------------------------


def test_one_hot_batch_exact_values():
    result = one_hot_batch(["he", "lo"], CharVocab("helo"))
    expected = np.array([[[1, 0, 0, 0], [0, 1, 0, 0]], [[0, 0, 1, 0], [0, 0, 0, 1]]])
    assert result.shape == (2, 2, 4)
    assert result.dtype == np.float32
    np.testing.assert_array_equal(result, expected)


def test_one_hot_batch_accepts_a_tuple():
    result = one_hot_batch(("ol",), CharVocab("helo"))
    np.testing.assert_array_equal(result, [[[0, 0, 0, 1], [0, 0, 1, 0]]])


@pytest.mark.parametrize(
    ("words", "error", "message"),
    [
        ([], ValueError, "words is empty: a batch needs at least one word"),
        ("hello", TypeError, "words must be a list of strings, got str 'hello'"),
        (None, TypeError, "words must be a list of strings, got NoneType None"),
        (["he", 3], TypeError, "every word must be a string, got ['he', 3]"),
        (
            ["he", "hel"],
            ValueError,
            "words must all have the same length to form a batch, got lengths [2, 3]",
        ),
        (["hx"], ValueError, "character 'x' is not in the vocabulary ['h', 'e', 'l', 'o']"),
        ([""], ValueError, "text is empty"),
    ],
)
def test_one_hot_batch_rejects_bad_words(words, error, message):
    with pytest.raises(error, match=re.escape(message)):
        one_hot_batch(words, CharVocab("helo"))


def test_hello_batch_shape_vocab_and_words():
    batch, vocab = hello_batch()
    assert batch.shape == (3, 5, 4)
    assert batch.dtype == np.float32
    assert vocab.chars == HELO
    assert HELLO_WORDS == ("hello", "eolll", "lleel")
    words = [vocab.decode(row.argmax(axis=-1)) for row in batch]
    assert words == ["hello", "eolll", "lleel"]
    np.testing.assert_array_equal(batch.sum(axis=-1), np.ones((3, 5)))
    np.testing.assert_array_equal(batch[0], np.eye(4)[[0, 1, 2, 2, 3]])


# --- sliding_windows ----------------------------------------------------------------------------


def test_sliding_windows_exact_values():
    series = np.arange(10) / 10
    inputs, targets = sliding_windows(series, 4)
    assert inputs.shape == (6, 4)
    assert targets.shape == (6,)
    expected_inputs = np.array([[(i + j) / 10 for j in range(4)] for i in range(6)])
    np.testing.assert_allclose(inputs, expected_inputs)
    np.testing.assert_allclose(targets, [0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
    np.testing.assert_allclose(inputs[0], [0.0, 0.1, 0.2, 0.3])
    np.testing.assert_allclose(inputs[-1], [0.5, 0.6, 0.7, 0.8])


def test_sliding_windows_longest_window_gives_one_pair():
    inputs, targets = sliding_windows([1, 2, 3], 2)
    np.testing.assert_array_equal(inputs, [[1.0, 2.0]])
    np.testing.assert_array_equal(targets, [3.0])
    assert inputs.dtype == np.float64
    assert targets.dtype == np.float64


def test_sliding_windows_leaves_the_series_alone():
    series = np.arange(6, dtype=np.float64)
    inputs, targets = sliding_windows(series, 2)
    inputs[:] = -1
    targets[:] = -1
    np.testing.assert_array_equal(series, np.arange(6))


@pytest.mark.parametrize(
    ("series", "window", "error", "message"),
    [
        (
            np.arange(10.0),
            10,
            ValueError,
            "window 10 is too long for a series of 10 values: "
            "it needs at least 11 values to give one target",
        ),
        (np.arange(10.0), 11, ValueError, "window 11 is too long for a series of 10 values"),
        ([1.0], 1, ValueError, "window 1 is too long for a series of 1 values"),
        (np.arange(10.0), 0, ValueError, "window must be at least 1, got 0"),
        (np.arange(10.0), -3, ValueError, "window must be at least 1, got -3"),
        (np.arange(10.0), True, TypeError, "window must be a whole number, got bool True"),
        (np.arange(10.0), 2.5, TypeError, "window must be a whole number, got float 2.5"),
        (np.arange(10.0), None, TypeError, "window must be a whole number, got NoneType None"),
        ([], 1, ValueError, "series must not be empty, got shape (0,)"),
        (np.zeros((2, 3)), 1, ValueError, "series must be 1-D, got shape (2, 3)"),
        (5.0, 1, ValueError, "series must be 1-D, got shape ()"),
        ([1.0, np.nan, 3.0], 1, ValueError, "series contains NaN or infinite values"),
        ([1.0, np.inf, 3.0], 1, ValueError, "series contains NaN or infinite values"),
        (None, 1, TypeError, "series must be a numeric array, got NoneType None"),
        ("0123", 1, TypeError, "series must be a numeric array, got str '0123'"),
        (["a", "b", "c"], 1, TypeError, "series must be a numeric array"),
    ],
)
def test_sliding_windows_rejects_bad_input(series, window, error, message):
    with pytest.raises(error, match=re.escape(message)):
        sliding_windows(series, window)


@st.composite
def series_and_window(draw):
    length = draw(st.integers(2, 30))
    series = draw(hnp.arrays(np.float64, length, elements=st.floats(-1e6, 1e6)))
    window = draw(st.integers(1, length - 1))
    return series, window


@settings(max_examples=50, deadline=None)
@given(series_and_window())
def test_sliding_windows_properties(case):
    series, window = case
    inputs, targets = sliding_windows(series, window)
    n = len(series) - window
    assert inputs.shape == (n, window)
    assert targets.shape == (n,)
    for i in range(n):
        for j in range(window):
            assert inputs[i, j] == series[i + j]
        assert targets[i] == series[i + window]


@pytest.mark.parametrize("chars", [None, 5])
def test_vocab_rejects_what_is_not_characters(chars):
    with pytest.raises(TypeError, match="chars must be a string or a list of characters, got"):
        CharVocab(chars)


def test_one_hot_batch_rejects_a_string_vocab():
    with pytest.raises(TypeError, match=re.escape("vocab must be a CharVocab, got str 'helo'")):
        one_hot_batch(["he"], "helo")


@pytest.mark.parametrize(
    ("series", "message"),
    [
        ([True, False, True], "series must hold numbers, not True/False values"),
        ([10**400, 1.0, 2.0], "series must be a numeric array of finite numbers"),
        ([[0.1], [0.2, 0.3]], "series must be a numeric array of finite numbers with a regular"),
    ],
)
def test_sliding_windows_rejects_booleans_huge_and_ragged(series, message):
    with pytest.raises(TypeError, match=re.escape(message)):
        sliding_windows(series, 1)


# --- next_char_task -----------------------------------------------------------------------------


def test_next_char_task_is_the_source_notes_hihello_lab():
    inputs, targets, vocab = next_char_task("hihello")
    assert vocab.chars == ["h", "i", "e", "l", "o"]
    assert inputs.shape == (1, 6, 5) and inputs.dtype == np.float32
    np.testing.assert_array_equal(inputs[0].argmax(axis=-1), [0, 1, 0, 2, 3, 3])  # "hihell"
    np.testing.assert_array_equal(targets, [[1, 0, 2, 3, 3, 4]])  # "ihello"
    assert vocab.decode(targets[0]) == "ihello"


def test_next_char_task_shortest_and_longest_texts():
    inputs, targets, vocab = next_char_task("ab")
    assert inputs.shape == (1, 1, 2) and targets.tolist() == [[1]]
    inputs, targets, vocab = next_char_task("x" * 39 + "y")
    assert inputs.shape == (1, 39, 2) and set(targets.ravel()) == {0, 1}
    assert next_char_task("abc", max_chars=3)[0].shape == (1, 2, 3)


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=2, max_size=40).filter(lambda text: len(set(text)) >= 2))
def test_next_char_task_property(text):
    inputs, targets, vocab = next_char_task(text)
    assert inputs.shape == (1, len(text) - 1, len(vocab))
    assert vocab.decode(inputs[0].argmax(axis=-1)) == text[:-1]
    assert vocab.decode(targets[0]) == text[1:]


@pytest.mark.parametrize(
    ("text", "kwargs", "error", "message"),
    [
        ("", {}, ValueError, "text is empty: type at least two characters"),
        ("a", {}, ValueError, "text 'a' has only one character: type at least two characters"),
        (
            "bbb",
            {},
            ValueError,
            "text 'bbb' is one character repeated: there is nothing to "
            "predict; type at least two different characters, e.g. 'ba'",
        ),
        ("x" * 41, {}, ValueError, "text has 41 characters; this demo trains on at most 40"),
        ("abcd", {"max_chars": 3}, ValueError, "this demo trains on at most 3"),
        (None, {}, TypeError, "text must be a string, got NoneType None"),
        (["h", "i"], {}, TypeError, "text must be a string, got list"),
        (b"hihello", {}, TypeError, "text must be a string, got bytes"),
        ("hihello", {"max_chars": 1}, ValueError, "max_chars must be at least 2, got 1"),
        ("hihello", {"max_chars": 2.5}, TypeError, "max_chars must be a whole number"),
    ],
)
def test_next_char_task_rejects_bad_input(text, kwargs, error, message):
    with pytest.raises(error, match=re.escape(message)):
        next_char_task(text, **kwargs)


# --- messages in Korean (helpers.i18n) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "english", "korean"),
    [
        (lambda: next_char_task(""), ValueError,
         "text is empty: type at least two characters, since the model reads each character and "
         "predicts the one after it",
         "text에 문자가 없습니다. 모델은 문자를 하나씩 읽고 그다음 문자를 예측하므로, 문자를 "
         "두 개 이상 입력하십시오"),
        (lambda: next_char_task("a"), ValueError,
         "text 'a' has only one character: type at least two characters",
         "text 'a'에는 문자가 하나뿐입니다. 모델은 문자를 하나씩 읽고"),
        (lambda: next_char_task("bbb"), ValueError,
         "text 'bbb' is one character repeated: there is nothing to predict; type at least two "
         "different characters, e.g. 'ba'",
         "text 'bbb': 한 문자만 되풀이되어 예측할 것이 없습니다. 서로 다른 문자를 두 개 이상 "
         "입력하십시오(예: 'ba')"),
        (lambda: next_char_task("abcd", max_chars=3), ValueError,
         "text has 4 characters; this demo trains on at most 3: shorten it",
         "text의 문자가 4개입니다. 이 실습은 최대 3개 문자로 학습시키므로 더 짧게 줄이십시오"),
        (lambda: one_hot([0, 5], 3), ValueError,
         "index 5 is out of range for depth 3: expected 0 to 2",
         "인덱스 5: depth 3의 범위를 벗어납니다. 0부터 2까지여야 합니다"),
        (lambda: CharVocab("hah"), ValueError,
         "vocabulary characters must be unique, ['h'] repeat",
         "어휘의 문자는 서로 달라야 합니다. 중복된 문자: ['h']"),
        (lambda: CharVocab(HELO).encode("hex"), ValueError,
         "character 'x' is not in the vocabulary ['h', 'e', 'l', 'o']",
         "문자 'x': 어휘 ['h', 'e', 'l', 'o']에 없는 문자입니다"),
        (lambda: one_hot_batch(["he", "hel"], CharVocab(HELO)), ValueError,
         "words must all have the same length to form a batch, got lengths [2, 3]",
         "배치를 만들려면 words의 단어가 모두 같은 길이여야 합니다. 받은 길이: [2, 3]"),
        (lambda: sliding_windows([1.0, 2.0], 2), ValueError,
         "window 2 is too long for a series of 2 values: it needs at least 3 values to give one "
         "target",
         "window 2: 값이 2개인 series에는 너무 깁니다. 목표값을 하나라도 얻으려면 값이 3개 이상 "
         "있어야 합니다"),
    ],
)  # fmt: skip
def test_messages_speak_the_lessons_language(call, error, english, korean):
    with speaking("en"), pytest.raises(error) as caught:
        call()
    assert english in str(caught.value)
    with speaking("ko"), pytest.raises(error) as caught:
        call()
    assert korean in str(caught.value)


def test_a_missing_data_file_is_explained_in_korean():
    with speaking("ko"), pytest.raises(FileNotFoundError) as caught:
        find_data_file("nothing.txt")
    message = str(caught.value)
    assert message.startswith("과정의 데이터 파일을 찾지 못했습니다: 'nothing.txt' (찾아본 폴더: ")
    assert message.endswith(
        "과정의 저장소에서 노트북을 실행하거나, 환경 변수 COURSE_DATA에 그 파일이 있는 폴더를 "
        "지정하십시오"
    )
