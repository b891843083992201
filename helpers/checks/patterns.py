"""Checkers for notebook 03: many-to-one and aligned many-to-many models, sliding windows."""

from __future__ import annotations

import numpy as np

from helpers.checks._verdict import (
    Mistake,
    are_probabilities,
    as_answer_array,
    as_finite_numbers,
    call_learner,
    checker,
    declared_input,
    fits,
    has_recurrent_layer,
    looks_like_model,
    model_outputs,
    not_a_model,
    one_output,
    same,
    typed_in,
)
from helpers.i18n import say

# Both model exercises: sequences of 8 steps with 3 features, 4 classes.
STEPS, FEATURES, CLASSES = 8, 3, 4
PROBE_BATCH = 4


def _changes(before: np.ndarray, after: np.ndarray) -> bool:
    return bool(np.abs(before - after).max() > 1e-6)


def _built_model(build, name: str):
    """The learner's model, its output on a probe batch, and the probe."""
    model = call_learner(build, name)
    if not looks_like_model(model):
        raise Mistake(not_a_model(name, model))
    declared = declared_input(model)
    if not fits(declared, (STEPS, FEATURES)):
        raise Mistake(
            say(
                f"the input should be (timesteps, features) = ({STEPS}, {FEATURES}): use "
                f"keras.Input(shape=({STEPS}, {FEATURES})); your model reads {declared}.",
                f"입력은 (timesteps, features) = ({STEPS}, {FEATURES})이어야 합니다: 모델을 "
                f"keras.Input(shape=({STEPS}, {FEATURES}))에서 시작하십시오. 지금 모델이 읽는 "
                f"형태는 {declared}입니다.",
            )
        )
    if not has_recurrent_layer(model):
        raise Mistake(
            say(
                "there is no recurrent layer: add keras.layers.SimpleRNN(units) (or an LSTM, a "
                "GRU) to read the sequence step by step.",
                "순환 층이 없습니다: 시퀀스를 한 시점씩 읽도록 keras.layers.SimpleRNN(units) "
                "같은 순환 층(LSTM이나 GRU도 됩니다)을 추가하십시오.",
            )
        )
    probe = np.random.default_rng(9).normal(size=(PROBE_BATCH, STEPS, FEATURES))
    probe = probe.astype("float32")
    outputs = model_outputs(model, probe)
    if len(outputs) != 1:
        raise Mistake(one_output(len(outputs)))
    return model, outputs[0], probe


def _require_probabilities(output: np.ndarray) -> None:
    if are_probabilities(output):
        return
    if output.ndim == 3 and output.min() >= 0 and np.allclose(output.sum(axis=1), 1, atol=1e-4):
        raise Mistake(
            say(
                f"your outputs sum to 1 over the {STEPS} steps, not over the {CLASSES} classes: "
                f"the softmax belongs on the last axis, e.g. Dense({CLASSES}, "
                "activation='softmax').",
                f"출력의 합이 {CLASSES}개 클래스가 아니라 {STEPS}개 시점에 걸쳐 1입니다: "
                f"소프트맥스는 마지막 축에 적용해야 합니다. 예: Dense({CLASSES}, "
                "activation='softmax').",
            )
        )
    raise Mistake(
        say(
            f"the outputs are not probabilities (they should be positive and sum to 1 over the "
            f"{CLASSES} classes): end with a softmax, e.g. Dense({CLASSES}, "
            "activation='softmax').",
            f"출력이 확률이 아닙니다(양수이고 {CLASSES}개 클래스에 걸친 합이 1이어야 합니다): "
            f"모델을 소프트맥스로 끝내십시오. 예: Dense({CLASSES}, activation='softmax').",
        )
    )


def _with_step(probe: np.ndarray, step: int) -> np.ndarray:
    changed = probe.copy()
    changed[:, step] = np.random.default_rng(10).normal(size=(PROBE_BATCH, FEATURES))
    return changed


@checker
def check_many_to_one(build_many_to_one) -> str:
    """Check a model that reads ``(batch, 8, 3)`` and gives one distribution ``(batch, 4)``.

    Judged by what it computes: one probability distribution per sequence, which changes when
    only the last step changes and when only the first step changes.
    """
    name = "build_many_to_one"
    model, output, probe = _built_model(build_many_to_one, name)
    if output.shape == (PROBE_BATCH, STEPS, CLASSES):
        raise Mistake(
            say(
                "you answer at every step, (batch, 8, 4); many-to-one answers once. Drop "
                "return_sequences=True from the last recurrent layer.",
                "모든 시점마다 답을 내고 있습니다((batch, 8, 4)). 다대일 모델은 한 번만 "
                "답합니다. 마지막 순환 층에서 return_sequences=True를 빼십시오.",
            )
        )
    if output.shape != (PROBE_BATCH, CLASSES):
        raise Mistake(
            say(
                f"the output should be (batch, {CLASSES}); for a batch of {PROBE_BATCH} yours is "
                f"{output.shape}. The last Dense layer needs {CLASSES} units.",
                f"출력의 형태는 (batch, {CLASSES})이어야 합니다: 배치 크기가 {PROBE_BATCH}일 때 "
                f"여러분의 출력은 {output.shape}입니다. 마지막 Dense 층에는 units가 {CLASSES}개 "
                "필요합니다.",
            )
        )
    _require_probabilities(output)
    if not _changes(output, model_outputs(model, _with_step(probe, STEPS - 1))[0]):
        raise Mistake(
            say(
                "changing only the last step leaves your output unchanged: the model must read "
                "the whole sequence and answer from its last state (no slicing out one step).",
                "마지막 시점만 바꿔도 출력이 그대로입니다: 모델은 시퀀스 전체를 읽고 마지막 "
                "시점의 은닉 상태로 답해야 합니다(한 시점만 잘라 내지 마십시오).",
            )
        )
    if not _changes(output, model_outputs(model, _with_step(probe, 0))[0]):
        raise Mistake(
            say(
                "changing only the first step leaves your output unchanged: the answer should "
                "come from a recurrent layer that has read every step.",
                "첫 시점만 바꿔도 출력이 그대로입니다: 답은 모든 시점을 읽은 순환 층에서 "
                "나와야 합니다.",
            )
        )
    return say(
        "one probability distribution over 4 classes per sequence, from every step.",
        "시퀀스마다 모든 시점을 읽고 4개 클래스에 대한 확률 분포를 하나씩 냅니다.",
    )


@checker
def check_aligned_many_to_many(build_tagger) -> str:
    """Check a model that gives a class distribution at every step: ``(batch, 8, 4)``.

    Judged by what it computes: a probability distribution per step, not the same at every
    step, and the output at a step changes when that step's input changes.
    """
    name = "build_tagger"
    model, output, probe = _built_model(build_tagger, name)
    if output.shape == (PROBE_BATCH, CLASSES):
        raise Mistake(
            say(
                "you answer once per sequence, (batch, 4): you returned the last state, not "
                "every step's. Did you pass return_sequences=True?",
                "시퀀스마다 한 번만 답하고 있습니다((batch, 4)): 모든 시점의 은닉 상태가 아니라 "
                "마지막 시점의 은닉 상태를 반환했습니다. return_sequences=True를 넘겼습니까?",
            )
        )
    if output.shape != (PROBE_BATCH, STEPS, CLASSES):
        raise Mistake(
            say(
                f"the output should be (batch, {STEPS}, {CLASSES}); for a batch of "
                f"{PROBE_BATCH} yours is {output.shape}. The last Dense layer needs {CLASSES} "
                "units.",
                f"출력의 형태는 (batch, {STEPS}, {CLASSES})이어야 합니다: 배치 크기가 "
                f"{PROBE_BATCH}일 때 여러분의 출력은 {output.shape}입니다. 마지막 Dense 층에는 "
                f"units가 {CLASSES}개 필요합니다.",
            )
        )
    _require_probabilities(output)
    if np.allclose(output, output[:, :1], atol=1e-6):
        raise Mistake(
            say(
                "every step gets the same answer: you repeat one vector over the steps. A "
                "tagger answers each step from that step's own state: return_sequences=True.",
                "모든 시점이 같은 답을 받습니다: 벡터 하나를 시점마다 되풀이하고 있습니다. "
                "태거는 각 시점에 그 시점의 은닉 상태로 답합니다: return_sequences=True.",
            )
        )
    middle = STEPS // 2
    changed = model_outputs(model, _with_step(probe, middle))[0]
    if not _changes(output[:, middle], changed[:, middle]):
        raise Mistake(
            say(
                f"changing the input at step {middle + 1} leaves your answer at step "
                f"{middle + 1} unchanged: each step's answer should read that step.",
                f"시점 {middle + 1}의 입력을 바꿔도 시점 {middle + 1}의 답이 그대로입니다: 각 "
                "시점의 답은 그 시점의 입력을 읽어야 합니다.",
            )
        )
    return say(
        "a probability distribution over 4 classes at every step, each reading its step.",
        "모든 시점에서 4개 클래스에 대한 확률 분포를 내며, 각각 자기 시점의 입력을 읽습니다.",
    )


# --- sliding windows --------------------------------------------------------------------------

# Two series that follow no rule (so a shortcut such as "each value plus 1" cannot pass) of
# different lengths, with windows of different sizes.
WINDOW_CASES = (
    (np.round(np.random.default_rng(3).normal(size=7), 2), 3),
    (np.round(np.random.default_rng(4).normal(size=12), 2), 5),
)


def _windows(series: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    n = len(series) - window
    return np.stack([series[i : i + window] for i in range(n)]), series[window:].copy()


def _answer_pair(result, name: str):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise Mistake(
            say(
                f"{name} should return two arrays: return inputs, targets.",
                f"{name} 함수는 배열 두 개를 반환해야 합니다: return inputs, targets.",
            )
        )
    return (
        as_finite_numbers(result[0], say(f"{name}' inputs", f"{name}의 inputs")),
        as_finite_numbers(result[1], say(f"{name}' targets", f"{name}의 targets")),
    )


@checker
def check_make_windows(make_windows) -> str:
    """Check ``make_windows(series, window)`` -> ``inputs (n, window)``, ``targets (n,)``, on two
    series of different lengths and windows of different sizes."""
    name = "make_windows"
    expected = [_windows(series, window) for series, window in WINDOW_CASES]
    answers = []
    for series, window in WINDOW_CASES:
        n = len(series) - window
        result = call_learner(
            make_windows, name, series, window,
            hint=say(
                f"With {len(series)} values and a window of {window} there are "
                f"{len(series)} - {window} = {n} windows: an index out of range usually means "
                "one window too many.",
                f"값이 {len(series)}개이고 윈도 크기가 {window}이면 윈도는 {len(series)} - "
                f"{window} = {n}개입니다: 인덱스가 범위를 벗어났다면 대개 윈도를 하나 더 만든 "
                "것입니다.",
            ),
        )  # fmt: skip
        answers.append(_answer_pair(result, name))
    if typed_in(answers, expected):
        raise Mistake(
            say(
                f"{name} gives the same windows for another series: compute them from series "
                "and window, not from numbers typed in.",
                f"{name} 함수는 다른 시계열에도 같은 윈도를 반환합니다: 직접 적어 넣은 숫자가 "
                "아니라 series와 window로 계산하십시오.",
            )
        )
    for (series, window), (inputs, targets), (want_in, want_out) in zip(
        WINDOW_CASES, answers, expected, strict=True
    ):
        n = len(want_out)
        where = say(
            f"for series={series.tolist()} and window={window}",
            f"series={series.tolist()}, window={window}일 때",
        )
        rows, width = inputs.shape if inputs.ndim == 2 else (0, window)
        if width != window and 0 < width and rows + width - 1 <= len(series):
            slices = np.stack([series[i : i + width] for i in range(rows)])  # width, same starts
            if same(inputs, slices) and abs(width - window) == 1:
                raise Mistake(
                    say(
                        f"each window should hold {window} values, yours hold {width}: one "
                        f"window per row, shape ({len(series) - window}, {window}), each "
                        "series[i : i + window] (a slice leaves out its end index).",
                        f"윈도마다 값이 {window}개 있어야 하는데 여러분의 윈도에는 {width}개 "
                        f"있습니다: 한 행에 윈도 하나씩, 형태 ({len(series) - window}, {window}), "
                        "각 윈도는 series[i : i + window]입니다(슬라이스에는 끝 인덱스가 들어가지 "
                        "않습니다).",
                    )
                )
            if same(inputs, slices):
                raise Mistake(
                    say(
                        f"your windows hold {width} values, but window is {window}: use the "
                        "window argument, series[i : i + window].",
                        f"윈도에 값이 {width}개 있지만 window는 {window}입니다: window 인자를 "
                        "쓰십시오. series[i : i + window].",
                    )
                )
        if inputs.shape == (n + 1, window):
            raise Mistake(
                say(
                    f"one window too many ({where}): the last window, "
                    f"{series[-window:].tolist()}, has no next value to predict. Stop at "
                    "len(series) - window windows.",
                    f"윈도가 하나 더 많습니다({where}): 마지막 윈도 {series[-window:].tolist()}"
                    "에는 예측할 다음 값이 없습니다. 윈도는 len(series) - window개까지만 "
                    "만드십시오.",
                )
            )
        inputs = as_answer_array(inputs, say(f"{name}' inputs", f"{name}의 inputs"), (n, window))
        if not same(inputs, want_in):
            raise Mistake(
                say(
                    f"the windows should be {want_in.tolist()} {where}; yours are "
                    f"{inputs.tolist()}.",
                    f"윈도는 {want_in.tolist()}이어야 합니다({where}). 여러분의 윈도: "
                    f"{inputs.tolist()}.",
                )
            )
        if targets.shape == (n, 1):
            raise Mistake(
                say(
                    f"targets should hold one target per window, shape ({n},): "
                    f"series[i + window], not a slice of length 1; yours has shape "
                    f"{targets.shape}.",
                    f"targets에는 윈도마다 목표값이 하나씩 있어야 합니다. 형태 ({n},): 길이 1인 "
                    "슬라이스가 아니라 series[i + window]입니다. 여러분의 targets 형태는 "
                    f"{targets.shape}입니다.",
                )
            )
        targets = as_answer_array(targets, say(f"{name}' targets", f"{name}의 targets"), (n,))
        if same(targets, want_in[:, -1]):
            raise Mistake(
                say(
                    "off by one: each target is its window's own last value. The target is the "
                    "value after the window, series[i + window].",
                    "하나씩 어긋났습니다: 각 목표값이 자기 윈도의 마지막 값입니다. 목표값은 윈도 "
                    "바로 다음 값, series[i + window]입니다.",
                )
            )
        if not same(targets, want_out):
            raise Mistake(
                say(
                    f"the targets should be the value after each window, {want_out.tolist()} "
                    f"{where}; yours are {targets.tolist()}.",
                    f"목표값은 각 윈도 바로 다음 값이어야 합니다({where}: {want_out.tolist()}). "
                    f"여러분의 목표값: {targets.tolist()}.",
                )
            )
    return say(
        "windows and targets right for both series, with windows of 3 and of 5.",
        "두 시계열 모두, 크기 3과 5의 윈도에서 윈도와 목표값이 맞습니다.",
    )
