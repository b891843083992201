"""Checkers for notebook 07: one step back through tanh and W_h, and clipping by global norm."""

from __future__ import annotations

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    as_answer_array,
    as_numbers,
    call_learner,
    checker,
    same,
    same_on_every_case,
    typed_in,
)
from helpers.i18n import say
from helpers.reference import clip_by_global_norm

# --- one step back ------------------------------------------------------------------------------

# Two sizes of hidden state, with W_h far from symmetric so that a missing transpose shows.
STEP_SIZES = ((3, 5), (5, 6))  # (units, seed)


def step_back_cases() -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The checker's cases ``(dh, h, W_h)``: ``dh`` and ``h`` ``(units,)``, ``W_h`` ``(units,
    units)``, with ``h = tanh(...)`` strictly between -1 and 1."""
    cases = []
    for units, seed in STEP_SIZES:
        rng = np.random.default_rng(seed)
        cases.append(
            (
                rng.normal(size=units),
                np.tanh(rng.normal(size=units)),
                rng.normal(size=(units, units)),
            )
        )
    return cases


def _step_back(dh, h, W_h):
    return W_h.T @ ((1 - h**2) * dh)


def _step_mistakes(dh, h, W_h) -> list[tuple[np.ndarray, str]]:
    """What the usual mistakes compute on one case, each with its hint."""
    slope = 1 - h**2
    return [
        (
            W_h.T @ dh,
            say(
                "tanh' is missing: the gradient passes through h_t = tanh(a_t) first, so "
                "multiply dh by 1 - h**2 before W_h.T.",
                "tanh' 항이 빠졌습니다: 기울기는 먼저 h_t = tanh(a_t)를 거치므로, W_h.T를 "
                "곱하기 전에 dh에 1 - h**2를 곱하십시오.",
            ),
        ),
        (
            W_h @ (slope * dh),
            say(
                "W_h is not transposed: a_t = W_h @ h_(t-1) + ..., so the gradient flows back "
                "through W_h.T.",
                "W_h를 전치하지 않았습니다: a_t = W_h @ h_(t-1) + ...이므로 기울기는 W_h.T를 "
                "거쳐 거꾸로 흐릅니다.",
            ),
        ),
        (
            W_h.T @ ((1 - h) * dh),
            say(
                "the slope of tanh is 1 - h**2 (with h = tanh(a)), not 1 - h.",
                "tanh의 도함수는 1 - h가 아니라 1 - h**2입니다(h = tanh(a)일 때).",
            ),
        ),
        (
            W_h.T @ ((1 - np.tanh(h) ** 2) * dh),
            say(
                "h is already tanh(a_t): its slope is 1 - h**2; do not apply np.tanh to h again.",
                "h는 이미 tanh(a_t)입니다: 그 도함수는 1 - h**2이므로 h에 다시 np.tanh 함수를 "
                "적용하지 마십시오.",
            ),
        ),
        (
            slope * (W_h.T @ dh),
            say(
                "tanh' is applied on the wrong side: it belongs to step t, so multiply dh by "
                "1 - h**2 first, then by W_h.T.",
                "tanh' 항을 잘못된 쪽에 적용했습니다: 이 항은 시점 t에 속하므로 dh에 먼저 "
                "1 - h**2를 곱하고, 그다음 W_h.T를 곱하십시오.",
            ),
        ),
        (
            slope * dh,
            say(
                "you returned the gradient at the pre-activation a_t; one step more: multiply "
                "it by W_h.T to reach h_(t-1).",
                "활성화 전 값 a_t에서의 기울기를 반환했습니다. 한 단계 더 가야 합니다: W_h.T를 "
                "곱해 h_(t-1)까지 가십시오.",
            ),
        ),
    ]


@checker
def check_step_back(step_back) -> str:
    """Check ``step_back(dh, h, W_h)``: the gradient reaching ``h_(t-1)`` from ``h_t``.

    Expected ``W_h.T @ ((1 - h**2) * dh)``, shape ``(units,)``, on two cases of different sizes,
    computed before the learner's code runs (which gets copies).
    """
    cases = step_back_cases()
    expected = [_step_back(*case) for case in cases]
    name = "step_back"
    answers = []
    for case in cases:
        result = call_learner(
            step_back, name, *case,
            hint=say(
                f"dh and h have shape {case[0].shape}, W_h {case[2].shape}.",
                f"dh와 h의 형태는 {case[0].shape}, W_h의 형태는 {case[2].shape}입니다.",
            ),
        )  # fmt: skip
        answers.append(as_numbers(result, name))
    if typed_in(answers, expected):
        raise Mistake(
            say(
                f"{name} gives the same answer whatever dh, h and W_h: compute it from them, not "
                "from numbers typed in.",
                f"{name} 함수는 dh, h, W_h가 달라도 늘 같은 답을 반환합니다: 직접 적어 넣은 "
                "숫자가 아니라 이 값들로 계산하십시오.",
            )
        )
    for answer, truth in zip(answers, expected, strict=True):
        if answer.shape == (truth.size, truth.size):
            raise Mistake(
                say(
                    f"{name} returned shape {answer.shape}, a matrix: multiply elementwise by "
                    "1 - h**2 (use *, not np.outer or np.diag), then use @ with W_h.T to get a "
                    f"vector of shape {truth.shape}.",
                    f"{name} 함수가 형태 {answer.shape}인 행렬을 반환했습니다: 1 - h**2를 원소별로 "
                    "곱하고(np.outer, np.diag 대신 *를 쓰십시오), 그다음 W_h.T와 @ 연산으로 곱해 "
                    f"형태 {truth.shape}인 벡터를 얻으십시오.",
                )
            )
        as_answer_array(answer, name, truth.shape)
    if same_on_every_case(answers, expected):
        return say(
            "one step back: through tanh' (1 - h**2), then through W_h.T.",
            "한 시점 거꾸로: tanh' (1 - h**2)를 거친 다음 W_h.T를 거칩니다.",
        )
    variants = [_step_mistakes(*case) for case in cases]
    for k, (_, hint) in enumerate(variants[0]):
        if same_on_every_case(answers, [variant[k][0] for variant in variants]):
            raise Mistake(hint)
    units = [case[0].size for case in cases]
    raise Mistake(
        say(
            f"the values differ from W_h.T @ ((1 - h**2) * dh) for {units[0]} and {units[1]} "
            "units. Go back one step at a time: first through tanh (times 1 - h**2), then "
            "through W_h.",
            f"units가 {units[0]}, {units[1]}일 때 값이 W_h.T @ ((1 - h**2) * dh)와 다릅니다. 한 "
            "번에 한 단계씩 거꾸로 가십시오: 먼저 tanh 단계(1 - h**2를 곱하기), 그다음 W_h "
            "단계를 거치십시오.",
        )
    )


# --- clipping by global norm --------------------------------------------------------------------

SHAPES = (
    {"W_x": (4, 3), "W_h": (4, 4), "b": (4,)},
    {"W_y": (2, 5), "b_y": (2,)},
    {"W_x": (3, 2), "W_h": (3, 3), "b": (3,), "W_y": (2, 3), "b_y": (2,)},
)
# (max_norm, the global norm each case is scaled to): above, below, above the threshold.
NORMS = ((1.0, 12.0), (2.0, 0.5), (3.0, 7.5))


def clip_cases() -> list[tuple[dict[str, np.ndarray], float]]:
    """The checker's cases ``(grads, max_norm)``: three dicts of gradients of different shapes;
    the first and last have a global norm above ``max_norm``, the second below it."""
    cases = []
    for seed, (shapes, (max_norm, norm)) in enumerate(zip(SHAPES, NORMS, strict=True)):
        rng = np.random.default_rng(20 + seed)
        grads = {key: rng.normal(size=shape) for key, shape in shapes.items()}
        # One gradient much larger than the others, so that per-array clipping shows.
        first = next(iter(grads))
        grads[first] *= 4.0
        total = np.sqrt(sum((g**2).sum() for g in grads.values()))
        cases.append(({key: g * norm / total for key, g in grads.items()}, max_norm))
    return cases


def _global(grads) -> float:
    return float(np.sqrt(sum((g**2).sum() for g in grads.values())))


def _clip_mistakes(grads, max_norm) -> list[tuple[dict, str]]:
    norm = _global(grads)
    per_array = {
        k: g * (max_norm / np.linalg.norm(g) if np.linalg.norm(g) > max_norm else 1.0)
        for k, g in grads.items()
    }
    squared = float(sum((g**2).sum() for g in grads.values()))
    return [
        (
            per_array,
            say(
                "you clipped each gradient by its own norm: that is Keras' clipnorm. Clip by the "
                "global norm: one norm over every gradient together, and one factor for all of "
                "them.",
                "기울기마다 자기 노름으로 클리핑했습니다: 그것은 Keras의 clipnorm입니다. 전역 "
                "노름으로 클리핑하십시오: 모든 기울기를 함께 묶어 노름 하나를 구하고, 모든 "
                "기울기에 같은 배율 하나를 곱합니다.",
            ),
        ),
        (
            {k: np.clip(g, -max_norm, max_norm) for k, g in grads.items()},
            say(
                "np.clip caps each entry (Keras' clipvalue), which changes the update's "
                "direction. Scale every gradient by max_norm / global norm instead.",
                "np.clip은 원소마다 값을 잘라 내므로(Keras의 clipvalue) 업데이트의 방향이 "
                "바뀝니다. 대신 모든 기울기에 max_norm / 전역 노름을 곱하십시오.",
            ),
        ),
        (
            {k: g * max_norm / norm for k, g in grads.items()},
            say(
                "you also scaled gradients whose global norm is below max_norm (up to "
                "max_norm): scale only when the norm exceeds max_norm, otherwise return them "
                "unchanged.",
                "전역 노름이 max_norm보다 작을 때도 기울기의 크기를 (max_norm까지) "
                "바꿨습니다: 노름이 max_norm을 넘을 때만 줄이고, 그렇지 않으면 그대로 "
                "반환하십시오.",
            ),
        ),
        (
            {k: g * (max_norm / squared if squared > max_norm else 1.0) for k, g in grads.items()},
            say(
                "the global norm is the square root of the sum of squares: np.sqrt is missing.",
                "전역 노름은 제곱합의 제곱근입니다: np.sqrt가 빠졌습니다.",
            ),
        ),
        (
            {k: g * (norm / max_norm if norm > max_norm else 1.0) for k, g in grads.items()},
            say(
                "the factor is upside down: multiply by max_norm / norm, which is below 1.",
                "배율이 뒤집혔습니다: 1보다 작은 max_norm / norm을 곱하십시오.",
            ),
        ),
    ]


def _as_grads(result, name: str, grads: dict) -> dict[str, np.ndarray]:
    """The learner's clipped gradients as a dict with ``grads``' keys and shapes, or a Mistake."""
    if isinstance(result, (tuple, list)) and len(result) == 2 and isinstance(result[0], dict):
        result = result[0]  # (clipped, norm), as tf.clip_by_global_norm returns
    if not isinstance(result, dict):
        raise Mistake(
            say(
                f"{name} should return a dict of clipped gradients with the keys of grads, got "
                f"{describe(result)}.",
                f"{name} 함수는 grads와 같은 키로 클리핑한 기울기의 dict를 반환해야 합니다"
                f"(받은 값: {describe(result)}).",
            )
        )
    if set(result) != set(grads):
        raise Mistake(
            say(
                f"{name} returned the keys {sorted(map(str, result))}, expected "
                f"{sorted(grads)}: one clipped gradient per gradient.",
                f"{name} 함수가 반환한 키는 {sorted(map(str, result))}이지만 {sorted(grads)}"
                "이어야 합니다: 기울기마다 클리핑한 기울기가 하나씩 있어야 합니다.",
            )
        )
    clipped = {}
    for key in grads:
        label = say(f"{name}'s {key!r}", f"{name}의 {key!r}")
        clipped[key] = as_answer_array(result[key], label, grads[key].shape)
    return clipped


def _same_grads(answers: list[dict], truths: list[dict]) -> bool:
    return all(
        same(answer[key], truth[key])
        for answer, truth in zip(answers, truths, strict=True)
        for key in truth
    )


@checker
def check_clip_gradients(clip_gradients) -> str:
    """Check ``clip_gradients(grads, max_norm)``: every gradient scaled by one factor so that
    the global norm is at most ``max_norm``, unchanged when it already is.

    Three dicts of gradients of different shapes: global norm above, below and above
    ``max_norm``. A returned ``(clipped, norm)`` pair is accepted as well.
    """
    cases = clip_cases()
    expected = [clip_by_global_norm(grads, max_norm)[0] for grads, max_norm in cases]
    name = "clip_gradients"
    answers = []
    for grads, max_norm in cases:
        result = call_learner(
            clip_gradients, name, grads, max_norm,
            hint=say(
                "grads is a dict of arrays, such as grads['W_h']; max_norm is a number.",
                "grads는 grads['W_h']처럼 배열을 담은 dict이고, max_norm은 숫자입니다.",
            ),
        )  # fmt: skip
        answers.append(_as_grads(result, name, grads))
    if _same_grads(answers, expected):
        return say(
            "one factor for all gradients, and only when the global norm is too large.",
            "전역 노름이 너무 클 때만, 모든 기울기에 같은 배율 하나를 곱합니다.",
        )
    variants = [_clip_mistakes(grads, max_norm) for grads, max_norm in cases]
    for k, (_, hint) in enumerate(variants[0]):
        if _same_grads(answers, [variant[k][0] for variant in variants]):
            raise Mistake(hint)
    for number, ((grads, max_norm), answer, truth) in enumerate(
        zip(cases, answers, expected, strict=True), start=1
    ):
        if not all(same(answer[key], truth[key]) for key in truth):
            raise Mistake(
                say(
                    f"case {number} (global norm {_global(grads):g}, max_norm {max_norm:g}): the "
                    f"clipped gradients should have global norm "
                    f"{min(_global(grads), max_norm):g}, yours have {_global(answer):.4g}. "
                    "Multiply every gradient by max_norm / norm when norm > max_norm.",
                    f"사례 {number}(전역 노름 {_global(grads):g}, max_norm {max_norm:g}): "
                    "클리핑한 기울기의 전역 노름은 "
                    f"{min(_global(grads), max_norm):g}이어야 하는데 여러분의 값은 "
                    f"{_global(answer):.4g}입니다. norm > max_norm이면 모든 기울기에 "
                    "max_norm / norm을 곱하십시오.",
                )
            )
    raise AssertionError("unreachable: every case matched")  # pragma: no cover
