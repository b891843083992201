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
            "that is the cross-entropy (the mean loss in nats); perplexity is e to its power: "
            "np.exp(loss).",
        ),
        (
            float(np.exp(losses).mean()),
            "you averaged the per-character perplexities e^loss; take the mean of the losses "
            "first, then np.exp of that mean.",
        ),
        (
            float(np.exp(losses.sum())),
            "you summed the losses: perplexity is e to the *mean* loss per character.",
        ),
        (
            float(2 ** losses.mean()),
            "np.log is the natural log, so the base is e: np.exp(mean loss), not 2 ** mean loss.",
        ),
        (
            float(np.exp(-picked.mean())),
            "the loss is -log softmax(logits)[target], not -logits[target]: apply the softmax "
            "(or subtract the log-sum-exp) first.",
        ),
        (
            float(np.exp(-np.log(softmax.max(axis=1)).mean())),
            "you scored the most likely character of each row, not the target: pick column "
            "targets[i] in row i.",
        ),
    ]


def _as_number(value: object, name: str) -> float:
    if isinstance(value, (bool, np.bool_)):
        raise Mistake(f"{name} should return a number, got {describe(value)}.")
    array = as_numbers(value, name)
    if array.size != 1:
        raise Mistake(
            f"{name} returned an array of shape {array.shape}; expected one number for the "
            "whole text (take the mean over the characters before np.exp)."
        )
    number = float(array.reshape(()))
    if not np.isfinite(number):
        raise Mistake(
            f"{name} returned {number}: a loss that overflows np.exp, or a log of a number <= 0."
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
            hint=f"logits has shape {logits.shape}, targets {targets.shape}.",
        )  # fmt: skip
        answers.append(_as_number(result, name))
    if all(_close(a, e) for a, e in zip(answers, expected, strict=True)):
        return "perplexity = e^(mean cross-entropy): a choice among that many characters."
    if _close(answers[0], answers[1]):
        raise Mistake(
            f"{name} gives the same answer whatever the logits and targets: compute it from "
            "them, not from numbers typed in."
        )
    variants = [_perplexity_mistakes(*case) for case in cases]
    for k, (_, hint) in enumerate(variants[0]):
        if all(_close(a, v[k][0]) for a, v in zip(answers, variants, strict=True)):
            raise Mistake(hint)
    raise Mistake(
        f"on {PERPLEXITY_SIZES[0][0]} characters over {PERPLEXITY_SIZES[0][1]} the perplexity is "
        f"{expected[0]:.4g}, yours {answers[0]:.4g}. Per character: log-softmax of the logits, "
        "minus the value at the target; then the mean; then np.exp."
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
            "you multiplied the logits by the temperature; divide them: softmax(logits / "
            "temperature), so that a high temperature flattens the distribution.",
        ),
        (
            powered,
            "p ** (1 / temperature) is right up to a factor, but no longer sums to 1: divide "
            "it by its sum (or use softmax(logits / temperature)).",
        ),
        (
            p / temperature,
            "dividing the probabilities by the temperature only rescales them; divide the "
            "logits, then apply the softmax.",
        ),
        (
            logits / temperature,
            "those are the scaled logits: apply the softmax to turn them into probabilities.",
        ),
        (
            np.exp(logits / temperature),
            "np.exp(logits / temperature) must be divided by its sum to be probabilities.",
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
            hint=f"logits has shape {logits.shape}; temperature is a number such as 0.5.",
        )  # fmt: skip
        if isinstance(result, numbers.Integral) and not isinstance(result, bool):
            raise Mistake(
                f"{name} returned {result}, one character's index: return the probabilities "
                "of every character instead; a sampler draws from them (rng.choice(V, p=...))."
            )
        answers.append(as_answer_array(result, name, logits.shape))
    if same_on_every_case(answers, expected):
        return "softmax(logits / T): below 1 sharper, above 1 flatter, at 1 the model's own."
    if typed_in(answers, expected):
        raise Mistake(
            f"{name} gives the same answer whatever the logits and temperature: compute it "
            "from them, not from numbers typed in."
        )
    variants = [_temperature_mistakes(*case) for case in cases]
    for k, (_, hint) in enumerate(variants[0]):
        if same_on_every_case(answers, [variant[k][0] for variant in variants]):
            raise Mistake(hint)
    if same_on_every_case(answers, [_softmax(logits) for logits, _ in cases]):
        raise Mistake(
            "those are the model's probabilities at temperature 1 in every case: divide the "
            "logits by the temperature before the softmax."
        )
    for number, (answer, truth, (_, temperature)) in enumerate(
        zip(answers, expected, cases, strict=True), start=1
    ):
        if not same(answer, truth):
            what = "sum to 1" if not are_probabilities(answer) else "match"
            raise Mistake(
                f"case {number} (temperature {temperature:g}, {len(truth)} characters): your "
                f"probabilities do not {what}; expected softmax(logits / temperature), e.g. "
                f"{np.round(truth[:3], 4).tolist()} first."
            )
    raise AssertionError("unreachable: every case matched")  # pragma: no cover
