"""Checkers for notebook 08: perplexity from logits, and sampling probabilities at a temperature."""

from __future__ import annotations

import numbers

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    are_probabilities,
    as_answer_array,
    as_numbers,
    call_learner,
    checker,
    same,
    same_on_every_case,
    typed_in,
)
from helpers.i18n import say

# --- perplexity from logits ---------------------------------------------------------------------

# Two cases of different sizes: (characters, vocabulary, seed). Logits spread over a wide range,
# so that the mean of per-character perplexities is far from the perplexity of the mean loss.
PERPLEXITY_SIZES = ((7, 5, 81), (12, 9, 82))


def perplexity_cases() -> list[tuple[np.ndarray, np.ndarray]]:
    """The checker's cases ``(logits, targets)``: logits ``(n, V)`` and targets ``(n,)``."""
    cases = []
    for n, vocab, seed in PERPLEXITY_SIZES:
        rng = np.random.default_rng(seed)
        cases.append((rng.normal(scale=2.5, size=(n, vocab)), rng.integers(0, vocab, size=n)))
    return cases


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def _losses(logits, targets) -> np.ndarray:
    return -_log_softmax(logits)[np.arange(len(targets)), targets]


def _perplexity(logits, targets) -> float:
    return float(np.exp(_losses(logits, targets).mean()))


def _perplexity_mistakes(logits, targets) -> list[tuple[float, str]]:
    losses = _losses(logits, targets)
    picked = logits[np.arange(len(targets)), targets]
    softmax = np.exp(_log_softmax(logits))
    return [
        (
            float(losses.mean()),
            say(
                "that is the cross-entropy (the mean loss in nats); perplexity is e to its "
                "power: np.exp(loss).",
                "그것은 교차 엔트로피(nat 단위의 평균 손실)입니다. 퍼플렉서티는 e를 그만큼 "
                "거듭제곱한 값입니다: np.exp(loss).",
            ),
        ),
        (
            float(np.exp(losses).mean()),
            say(
                "you averaged the per-character perplexities e^loss; take the mean of the "
                "losses first, then np.exp of that mean.",
                "문자별 퍼플렉서티 e^loss의 평균을 냈습니다: 먼저 손실의 평균을 구한 다음, 그 "
                "평균에 np.exp를 적용하십시오.",
            ),
        ),
        (
            float(np.exp(losses.sum())),
            say(
                "you summed the losses: perplexity is e to the *mean* loss per character.",
                "손실을 합했습니다: 퍼플렉서티는 문자당 *평균* 손실을 지수로 하는 e의 "
                "거듭제곱입니다.",
            ),
        ),
        (
            float(2 ** losses.mean()),
            say(
                "np.log is the natural log, so the base is e: np.exp(mean loss), not "
                "2 ** mean loss.",
                "np.log는 자연로그이므로 밑은 e입니다: 2 ** mean loss가 아니라 np.exp(mean loss).",
            ),
        ),
        (
            float(np.exp(-picked.mean())),
            say(
                "the loss is -log softmax(logits)[target], not -logits[target]: apply the "
                "softmax (or subtract the log-sum-exp) first.",
                "손실은 -logits[target]이 아니라 -log softmax(logits)[target]입니다: 먼저 "
                "소프트맥스를 적용하십시오(또는 log-sum-exp를 빼십시오).",
            ),
        ),
        (
            float(np.exp(-np.log(softmax.max(axis=1)).mean())),
            say(
                "you scored the most likely character of each row, not the target: pick column "
                "targets[i] in row i.",
                "각 행에서 정답 문자가 아니라 가장 가능성이 높은 문자로 채점했습니다: i번째 "
                "행에서 targets[i] 열을 고르십시오.",
            ),
        ),
    ]


def _as_number(value: object, name: str) -> float:
    if isinstance(value, (bool, np.bool_)):
        raise Mistake(
            say(
                f"{name} should return a number, got {describe(value)}.",
                f"{name} 함수는 숫자를 반환해야 합니다(받은 값: {describe(value)}).",
            )
        )
    array = as_numbers(value, name)
    if array.size != 1:
        raise Mistake(
            say(
                f"{name} returned an array of shape {array.shape}; expected one number for the "
                "whole text (take the mean over the characters before np.exp).",
                f"{name} 함수가 형태 {array.shape}인 배열을 반환했습니다: 텍스트 전체에 대해 "
                "숫자 하나여야 합니다(np.exp 전에 문자들에 걸쳐 평균을 내십시오).",
            )
        )
    number = float(array.reshape(()))
    if not np.isfinite(number):
        raise Mistake(
            say(
                f"{name} returned {number}: a loss that overflows np.exp, or a log of a number "
                "<= 0.",
                f"{name} 함수의 반환값이 {number}입니다: np.exp가 넘칠 만큼 큰 손실이거나, 0 "
                "이하인 수의 로그입니다.",
            )
        )
    return number


def _close(a: float, b: float) -> bool:
    return bool(np.isclose(a, b, rtol=1e-4, atol=1e-6))


@checker
def check_perplexity(perplexity) -> str:
    """Check ``perplexity(logits, targets)``: ``exp`` of the mean cross-entropy per character.

    Two cases of different sizes, logits ``(n, V)`` and integer targets ``(n,)``; the answer may
    be a float, a NumPy number or a one-element array.
    """
    cases = perplexity_cases()
    expected = [_perplexity(*case) for case in cases]
    name = "perplexity"
    answers = []
    for logits, targets in cases:
        result = call_learner(
            perplexity, name, logits, targets,
            hint=say(
                f"logits has shape {logits.shape}, targets {targets.shape}.",
                f"logits의 형태는 {logits.shape}, targets의 형태는 {targets.shape}입니다.",
            ),
        )  # fmt: skip
        answers.append(_as_number(result, name))
    if all(_close(a, e) for a, e in zip(answers, expected, strict=True)):
        return say(
            "perplexity = e^(mean cross-entropy): a choice among that many characters.",
            "퍼플렉서티 = e^(평균 교차 엔트로피): 그 수만큼의 문자 가운데 하나를 고르는 것과 "
            "같은 불확실성입니다.",
        )
    if _close(answers[0], answers[1]):
        raise Mistake(
            say(
                f"{name} gives the same answer whatever the logits and targets: compute it from "
                "them, not from numbers typed in.",
                f"{name} 함수는 logits와 targets가 달라도 늘 같은 답을 반환합니다: 직접 적어 "
                "넣은 숫자가 아니라 이 값들로 계산하십시오.",
            )
        )
    variants = [_perplexity_mistakes(*case) for case in cases]
    for k, (_, hint) in enumerate(variants[0]):
        if all(_close(a, v[k][0]) for a, v in zip(answers, variants, strict=True)):
            raise Mistake(hint)
    characters, vocabulary = PERPLEXITY_SIZES[0][:2]
    raise Mistake(
        say(
            f"on {characters} characters over {vocabulary} the perplexity is "
            f"{expected[0]:.4g}, yours {answers[0]:.4g}. Per character: log-softmax of the "
            "logits, minus the value at the target; then the mean; then np.exp.",
            f"문자 {characters}개, 어휘 {vocabulary}개에서 퍼플렉서티는 {expected[0]:.4g}인데 "
            f"여러분의 답은 {answers[0]:.4g}입니다. 문자마다 로짓의 log-softmax에서 정답 위치의 "
            "값을 골라 부호를 바꾸고, 그 평균을 낸 다음 np.exp를 적용하십시오.",
        )
    )


# --- probabilities at a temperature ------------------------------------------------------------

# (vocabulary size, temperature, seed): below 1, above 1, and 1 itself, on three sizes.
TEMPERATURE_CASES = ((6, 0.5, 91), (11, 2.0, 92), (8, 1.0, 93))


def temperature_cases() -> list[tuple[np.ndarray, float]]:
    """The checker's cases ``(logits, temperature)``: logits ``(V,)`` and a temperature > 0."""
    cases = []
    for vocab, temperature, seed in TEMPERATURE_CASES:
        rng = np.random.default_rng(seed)
        cases.append((rng.normal(scale=2.0, size=vocab), temperature))
    return cases


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())
    return e / e.sum()


def _temperature_probs(logits, temperature) -> np.ndarray:
    return _softmax(logits / temperature)


def _temperature_mistakes(logits, temperature) -> list[tuple[np.ndarray, str]]:
    p = _softmax(logits)
    powered = p ** (1 / temperature)
    return [
        (
            _softmax(logits * temperature),
            say(
                "you multiplied the logits by the temperature; divide them: softmax(logits / "
                "temperature), so that a high temperature flattens the distribution.",
                "로짓에 온도를 곱했습니다. 나누어야 합니다: softmax(logits / temperature). "
                "그래야 온도가 높을 때 분포가 평평해집니다.",
            ),
        ),
        (
            powered,
            say(
                "p ** (1 / temperature) is right up to a factor, but no longer sums to 1: "
                "divide it by its sum (or use softmax(logits / temperature)).",
                "p ** (1 / temperature)는 상수배의 차이를 빼면 맞지만, 합이 더는 1이 아닙니다: "
                "그 합으로 나누십시오(또는 softmax(logits / temperature)를 쓰십시오).",
            ),
        ),
        (
            p / temperature,
            say(
                "dividing the probabilities by the temperature only rescales them; divide the "
                "logits, then apply the softmax.",
                "확률을 온도로 나누면 크기만 바뀝니다: 로짓을 온도로 나눈 다음 소프트맥스를 "
                "적용하십시오.",
            ),
        ),
        (
            logits / temperature,
            say(
                "those are the scaled logits: apply the softmax to turn them into probabilities.",
                "그것은 온도로 나눈 로짓입니다: 소프트맥스를 적용해 확률로 바꾸십시오.",
            ),
        ),
        (
            np.exp(logits / temperature),
            say(
                "np.exp(logits / temperature) must be divided by its sum to be probabilities.",
                "np.exp(logits / temperature)를 확률로 만들려면 그 합으로 나누어야 합니다.",
            ),
        ),
    ]


@checker
def check_temperature_probs(temperature_probs) -> str:
    """Check ``temperature_probs(logits, temperature)``: ``softmax(logits / temperature)``.

    Judged by the distribution it returns, on three cases of different sizes at temperatures
    0.5, 2 and 1; a function that draws a character instead is told to return probabilities.
    """
    cases = temperature_cases()
    expected = [_temperature_probs(*case) for case in cases]
    name = "temperature_probs"
    answers = []
    for logits, temperature in cases:
        result = call_learner(
            temperature_probs, name, logits, temperature,
            hint=say(
                f"logits has shape {logits.shape}; temperature is a number such as 0.5.",
                f"logits의 형태는 {logits.shape}이고, temperature는 0.5 같은 숫자입니다.",
            ),
        )  # fmt: skip
        if isinstance(result, numbers.Integral) and not isinstance(result, bool):
            raise Mistake(
                say(
                    f"{name} returned {result}, one character's index: return the probabilities "
                    "of every character instead; a sampler draws from them "
                    "(rng.choice(V, p=...)).",
                    f"{name} 함수가 문자 하나의 인덱스({result})를 반환했습니다: 대신 모든 "
                    "문자의 확률을 반환하십시오. 샘플링은 그 확률에서 문자를 뽑습니다"
                    "(rng.choice(V, p=...)).",
                )
            )
        answers.append(as_answer_array(result, name, logits.shape))
    if same_on_every_case(answers, expected):
        return say(
            "softmax(logits / T): below 1 sharper, above 1 flatter, at 1 the model's own.",
            "softmax(logits / T): 1보다 작으면 더 뾰족하고, 1보다 크면 더 평평하며, 1이면 모델 "
            "그대로의 분포입니다.",
        )
    if typed_in(answers, expected):
        raise Mistake(
            say(
                f"{name} gives the same answer whatever the logits and temperature: compute it "
                "from them, not from numbers typed in.",
                f"{name} 함수는 logits와 temperature가 달라도 늘 같은 답을 반환합니다: 직접 "
                "적어 넣은 숫자가 아니라 이 값들로 계산하십시오.",
            )
        )
    variants = [_temperature_mistakes(*case) for case in cases]
    for k, (_, hint) in enumerate(variants[0]):
        if same_on_every_case(answers, [variant[k][0] for variant in variants]):
            raise Mistake(hint)
    if same_on_every_case(answers, [_softmax(logits) for logits, _ in cases]):
        raise Mistake(
            say(
                "those are the model's probabilities at temperature 1 in every case: divide the "
                "logits by the temperature before the softmax.",
                "모든 사례에서 온도 1일 때의 모델 확률입니다: 소프트맥스 전에 로짓을 온도로 "
                "나누십시오.",
            )
        )
    for number, (answer, truth, (_, temperature)) in enumerate(
        zip(answers, expected, cases, strict=True), start=1
    ):
        if not same(answer, truth):
            what = (
                say("sum to 1", "확률의 합이 1이 아닙니다")
                if not are_probabilities(answer)
                else say("match", "확률이 맞지 않습니다")
            )
            first = np.round(truth[:3], 4).tolist()
            raise Mistake(
                say(
                    f"case {number} (temperature {temperature:g}, {len(truth)} characters): "
                    f"your probabilities do not {what}; expected softmax(logits / "
                    f"temperature), e.g. {first} first.",
                    f"사례 {number}(온도 {temperature:g}, 문자 {len(truth)}개): {what}. "
                    f"softmax(logits / temperature)여야 하며, 처음 세 값은 {first}입니다.",
                )
            )
    raise AssertionError("unreachable: every case matched")  # pragma: no cover
