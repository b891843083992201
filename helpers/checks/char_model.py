"""Checkers for notebook 06: a model trained on the learner's own sentence, and a faster setup."""

from __future__ import annotations

import functools

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    NotDone,
    are_probabilities,
    call_learner,
    checker,
    declared_input,
    fits,
    looks_like_model,
    model_outputs,
    not_a_model,
    one_output,
    require_function,
)
from helpers.data import next_char_task
from helpers.i18n import say

LAB_TEXTS = ("hihello", "if you want you")  # the notebook's own examples
MIN_CHARS = 8
MAX_CHARS = 40  # the longest text next_char_task trains on (its default)
MAX_EPOCHS = 50
SEED = 2024
NOTES_RATE = 0.1  # note 003's Adam learning rate


def _predicted(model, inputs) -> np.ndarray:
    outputs = model_outputs(model, inputs)
    if len(outputs) != 1:
        raise Mistake(one_output(len(outputs)))
    return np.argmax(outputs[0], axis=-1)


def _text_problem(text: str, error: ValueError) -> str:
    """Why next_char_task refused ``text``: its own English message, or the same in Korean."""
    if len(text) > MAX_CHARS:
        korean = (
            f"문장의 문자가 {len(text)}개입니다. 이 실습은 최대 {MAX_CHARS}개까지만 학습시킵니다: "
            "문장을 줄이십시오."
        )
    elif len(set(text)) == 1:
        korean = (
            f"{text!r}: 한 문자만 되풀이되어 예측할 것이 없습니다. 서로 다른 문자를 적어도 두 개 "
            "쓰십시오."
        )
    else:
        korean = f"이 문장으로는 과제를 만들 수 없습니다: {error}"
    return say(str(error), korean)


@checker
def check_own_sentence(text, model) -> str:
    """Check that ``model`` predicts every next character of ``text`` (read ``text[:-1]``)."""
    if text is None:
        raise NotDone(
            say(
                "set my_text to a sentence of your own and train a model on it.",
                "my_text에 직접 고른 문장을 넣고 그 문장으로 모델을 학습시키십시오.",
            )
        )
    if not isinstance(text, str):
        raise Mistake(
            say(
                f"my_text should be a string, got {describe(text)}.",
                f"my_text는 문자열이어야 합니다(받은 값: {describe(text)}).",
            )
        )
    if text in LAB_TEXTS:
        raise Mistake(
            say(
                f"{text!r} is the notebook's example: choose a sentence of your own.",
                f"{text!r}: 노트북의 예시입니다. 직접 고른 문장을 쓰십시오.",
            )
        )
    if len(text) < MIN_CHARS:
        raise Mistake(
            say(
                f"{text!r} has {len(text)} characters: use at least {MIN_CHARS}, so that the "
                "model has something to remember.",
                f"{text!r}: 문자가 {len(text)}개뿐입니다. 모델이 기억할 거리가 있도록 적어도 "
                f"{MIN_CHARS}개를 쓰십시오.",
            )
        )
    try:
        inputs, targets, vocab = next_char_task(text, MAX_CHARS)
    except ValueError as error:
        raise Mistake(_text_problem(text, error)) from None
    if model is None:
        raise NotDone(
            say(
                "train a model on my_text and pass it to the checker.",
                "my_text로 모델을 학습시켜 채점기에 넘기십시오.",
            )
        )
    if not looks_like_model(model):
        raise Mistake(
            say(
                f"my_model should be a Keras model, got {describe(model)}.",
                f"my_model은 Keras 모델이어야 합니다(받은 값: {describe(model)}).",
            )
        )
    declared = declared_input(model)
    if not fits(declared, inputs.shape[1:]):
        raise Mistake(
            say(
                f"the model reads {declared}, but my_text gives {inputs.shape[1:]} "
                f"(steps, characters): train the model on this text.",
                f"모델이 읽는 형태는 {declared}이지만 my_text에서 나오는 형태는 "
                f"{inputs.shape[1:]}(시점, 문자)입니다: 이 문장으로 모델을 학습시키십시오.",
            )
        )
    predicted = _predicted(model, inputs)
    if predicted.shape != targets.shape:
        raise Mistake(
            say(
                f"the model should give one prediction per step, {targets.shape}; it gives "
                f"{predicted.shape}. Did you pass return_sequences=True?",
                f"모델은 시점마다 예측을 하나씩, 곧 {targets.shape} 형태로 내야 하는데 "
                f"{predicted.shape} 형태로 냅니다. return_sequences=True를 넘겼습니까?",
            )
        )
    right = int((predicted == targets).sum())
    if right < targets.size:
        guess = vocab.decode(predicted[0])
        raise Mistake(
            say(
                f"the model gets {right} of {targets.size} characters right: it predicts "
                f"{guess!r} for {text[1:]!r}. Train longer (more epochs) or give it more units.",
                f"모델이 문자 {targets.size}개 가운데 {right}개만 맞힙니다. 정답: {text[1:]!r}, "
                f"예측: {guess!r}. 더 오래(에포크를 늘려) 학습시키거나 units를 늘리십시오.",
            )
        )
    return say(
        f"the model predicts all {targets.size} next characters of {text!r}.",
        f"모델이 {text!r}의 다음 문자 {targets.size}개를 모두 예측합니다.",
    )


def _notes_model(keras, timesteps: int, n_chars: int):
    """Note 003's setup: LSTM(n_chars) + Dense logits, Adam with learning rate 0.1."""
    keras.utils.set_random_seed(SEED)
    model = keras.Sequential(
        [
            keras.Input(shape=(timesteps, n_chars)),
            keras.layers.LSTM(n_chars, return_sequences=True, dtype="float32"),
            keras.layers.Dense(n_chars, dtype="float32"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=NOTES_RATE),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    return model


@functools.cache  # deterministic, and a few seconds: train the reference once per session
def _notes_epochs() -> int:
    """Epochs note 003's setup needs before it first predicts "ihello"."""
    import keras

    inputs, targets, _ = next_char_task("hihello")
    return _epochs_to_perfect(_notes_model(keras, 6, 5), inputs, targets)


def _epochs_to_perfect(model, inputs, targets) -> int | None:
    """One update per epoch on the one sequence; the first epoch after which all are right."""
    for epoch in range(1, MAX_EPOCHS + 1):
        model.train_on_batch(inputs, targets)
        if np.array_equal(_predicted(model, inputs), targets):
            return epoch
    return None


def _learning_rate(model) -> float | None:
    try:
        return float(np.asarray(model.optimizer.learning_rate))
    except (AttributeError, TypeError, ValueError):
        return None


def _times(ratio: float) -> str:
    words = {
        10: say("ten times", "열 배"),
        100: say("a hundred times", "백 배"),
        1000: say("a thousand times", "천 배"),
    }
    return words.get(round(ratio), say(f"{ratio:.3g} times", f"{ratio:.3g}배"))


def _check_setup(model, inputs: np.ndarray, targets: np.ndarray) -> None:
    """Catch the usual set-up mistakes before spending time on training."""
    if not looks_like_model(model):
        raise Mistake(not_a_model("build_fast_model", model))
    declared = declared_input(model)
    if not fits(declared, (6, 5)):
        raise Mistake(
            say(
                f"the model should read (timesteps, n_chars) = (6, 5) for 'hihell'; it reads "
                f"{declared}. Use the arguments: keras.Input(shape=(timesteps, n_chars)).",
                "'hihell'이면 모델이 읽는 형태는 (timesteps, n_chars) = (6, 5)여야 하는데, 지금 "
                f"읽는 형태는 {declared}입니다. 인자를 쓰십시오: "
                "keras.Input(shape=(timesteps, n_chars)).",
            )
        )
    outputs = model_outputs(model, inputs)
    if len(outputs) != 1 or outputs[0].shape != (1, 6, 5):
        shapes = [o.shape for o in outputs]
        hint = (
            say(" Did you pass return_sequences=True?", " return_sequences=True를 넘겼습니까?")
            if shapes == [(1, 5)]
            else ""
        )
        shown = shapes[0] if len(shapes) == 1 else shapes
        raise Mistake(
            say(
                f"the model should output (batch, 6, 5), one score per character and step; for "
                f"'hihell' it outputs {shown}.{hint}",
                "모델의 출력은 문자와 시점마다 점수 하나씩, (batch, 6, 5)여야 하는데 'hihell'에 "
                f"대한 출력은 {shown}입니다.{hint}",
            )
        )
    if getattr(model, "optimizer", None) is None or getattr(model, "loss", None) is None:
        raise Mistake(
            say(
                "compile the model first: model.compile(optimizer=..., loss=...).",
                "먼저 모델을 컴파일하십시오: model.compile(optimizer=..., loss=...).",
            )
        )
    probabilities = are_probabilities(outputs[0])  # what the model gives, whatever its layers
    from_logits = bool(getattr(model.loss, "from_logits", False))
    if probabilities and from_logits:
        raise Mistake(
            say(
                "the model outputs probabilities (a softmax) and the loss has from_logits=True, "
                "so it applies softmax twice: drop the softmax, or use from_logits=False.",
                "모델이 확률(소프트맥스)을 출력하는데 손실에 from_logits=True가 있어 "
                "소프트맥스가 두 번 적용됩니다: 소프트맥스를 빼거나 from_logits=False를 "
                "쓰십시오.",
            )
        )
    if not probabilities and not from_logits:
        raise Mistake(
            say(
                "the model outputs logits, but the loss expects probabilities: use "
                "keras.losses.SparseCategoricalCrossentropy(from_logits=True).",
                "모델은 로짓을 출력하는데 손실은 확률을 기대합니다: "
                "keras.losses.SparseCategoricalCrossentropy(from_logits=True)를 쓰십시오.",
            )
        )
    if np.array_equal(np.argmax(outputs[0], axis=-1), targets):
        raise Mistake(
            say(
                "the model already predicts 'ihello' before the checker trains it: "
                "build_fast_model should return a fresh, untrained model, to be counted from its "
                "first epoch.",
                "채점기가 학습시키기 전부터 모델이 이미 'ihello'를 예측합니다: 첫 에포크부터 "
                "셀 수 있도록 build_fast_model은 학습하지 않은 새 모델을 반환해야 합니다.",
            )
        )


@checker
def check_fewer_epochs(build_fast_model) -> str:
    """Train ``build_fast_model(6, 5)`` on "hihell" -> "ihello"; it must be perfect sooner than
    note 003's setup, trained the same way (one update per epoch, at most 50 epochs), from a
    model that starts untrained."""
    require_function(build_fast_model, "build_fast_model")  # answer before loading TensorFlow
    import keras  # only when the checker runs: notebook 06 has imported it already

    inputs, targets, _ = next_char_task("hihello")
    keras.utils.set_random_seed(SEED)  # the same start as the notes' model
    model = call_learner(build_fast_model, "build_fast_model", 6, 5)  # a stub stops here
    _check_setup(model, inputs, targets)
    # The notes' model sets its own seed, layers and float32 dtype, so nothing the learner's
    # code set can change it; trained once per session, and only for an answer.
    baseline = _notes_epochs()
    keras.utils.set_random_seed(SEED)  # training draws (dropout) as if the notes' run had not been
    try:
        epochs = _epochs_to_perfect(model, inputs, targets)
    except Exception as error:  # noqa: BLE001 - report in words
        raise Mistake(
            say(
                f"training failed: {type(error).__name__}: {error}",
                f"학습이 실패했습니다: {type(error).__name__}: {error}",
            )
        ) from None
    if epochs is None:
        rate = _learning_rate(model)
        slow = (
            say(
                f" Its learning rate {rate:g} is {_times(NOTES_RATE / rate)} smaller than note "
                f"003's {NOTES_RATE}.",
                f" 이 모델의 학습률({rate:g})은 원본 노트 003의 학습률({NOTES_RATE})보다 "
                f"{_times(NOTES_RATE / rate)} 작습니다.",
            )
            if rate is not None and rate < NOTES_RATE / 2
            else ""
        )
        raise Mistake(
            say(
                f"your model never predicted 'ihello' in {MAX_EPOCHS} epochs (the notes' setup "
                f"needs {baseline}).{slow}",
                f"모델이 {MAX_EPOCHS} 에포크 안에 'ihello'를 한 번도 예측하지 못했습니다(원본 "
                f"노트의 설정은 {baseline} 에포크가 필요합니다).{slow}",
            )
        )
    if epochs >= baseline:
        raise Mistake(
            say(
                f"your model needs {epochs} epochs, the notes' setup {baseline}: not fewer yet. "
                "Try a larger learning rate, more units, or another cell.",
                f"이 모델에는 {epochs} 에포크, 원본 노트의 설정에는 {baseline} 에포크가 "
                "필요합니다: 아직 더 적지 않습니다. 더 큰 학습률, 더 많은 units, 또는 다른 셀을 "
                "시도해 보십시오.",
            )
        )
    return say(
        f"'ihello' after {epochs} epochs, against {baseline} for the notes' setup.",
        f"{epochs} 에포크 만에 'ihello'를 예측합니다. 원본 노트의 설정은 {baseline} 에포크가 "
        "걸립니다.",
    )
