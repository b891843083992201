"""Checkers for the overfitting lesson: where early stopping would stop, and inverted dropout."""

from __future__ import annotations

import numpy as np

from helpers.checks._verdict import (
    Mistake,
    as_numbers,
    as_whole_number,
    call_learner,
    checker,
    not_finite,
)
from helpers.i18n import say

# --- where early stopping would stop ------------------------------------------------------------

# (validation losses measured every `every` updates, every): the lowest in the middle, at the
# end and at the first measurement, so that an off-by-one or a reversed choice shows.
BEST_UPDATE_CASES = (
    ((3.21, 2.95, 2.86, 2.97, 3.30, 3.62), 12),
    ((2.71, 2.52, 2.40, 2.33), 6),
    ((1.90, 2.05, 2.31, 2.60, 2.58), 10),
)


def best_update_cases() -> list[tuple[np.ndarray, int]]:
    """The checker's cases ``(val_losses, every)``: losses as a float array, and the interval."""
    return [(np.array(losses), every) for losses, every in BEST_UPDATE_CASES]


def _best_update(val_losses, every) -> int:
    return (int(np.argmin(val_losses)) + 1) * every


def _best_update_mistakes(val_losses, every) -> list[tuple[object, str]]:
    lowest = int(np.argmin(val_losses))
    return [
        (
            lowest,
            say(
                "that is the position of the lowest loss in the array; the loss at position k "
                "was measured after (k + 1) * every updates: return that count.",
                "그것은 배열에서 가장 낮은 손실의 위치입니다. 위치 k의 손실은 업데이트를 "
                "(k + 1) * every번 한 뒤에 잰 값입니다: 그 횟수를 반환하십시오.",
            ),
        ),
        (
            lowest * every,
            say(
                "off by one measurement: the first loss is measured after `every` updates, not "
                "at update 0, so position k is (k + 1) * every.",
                "측정 한 번만큼 어긋났습니다: 첫 손실은 업데이트 0이 아니라 업데이트를 `every`번 "
                "한 뒤에 재므로, 위치 k는 (k + 1) * every입니다.",
            ),
        ),
        (
            (int(np.argmax(val_losses)) + 1) * every,
            say(
                "that is where the validation loss is highest; early stopping keeps the weights "
                "where it is lowest (np.argmin).",
                "그것은 검증 손실이 가장 높은 곳입니다. 조기 종료는 검증 손실이 가장 낮은 곳의 "
                "가중치를 남깁니다(np.argmin).",
            ),
        ),
        (
            len(val_losses) * every,
            say(
                "that is the last measurement: the end of training, which is not where the "
                "validation loss was lowest.",
                "그것은 마지막 측정, 곧 학습이 끝난 지점이며 검증 손실이 가장 낮았던 곳이 "
                "아닙니다.",
            ),
        ),
    ]


@checker
def check_best_update(best_update) -> str:
    """Check ``best_update(val_losses, every)``: the update count with the lowest validation loss.

    Three cases: the lowest loss in the middle, at the end and first; the losses come as a NumPy
    array, as ``overfit_run`` returns them.
    """
    cases = best_update_cases()
    expected = [_best_update(*case) for case in cases]
    name = "best_update"
    answers = []
    for val_losses, every in cases:
        result = call_learner(best_update, name, val_losses, every)
        if isinstance(result, float) and result in np.asarray(val_losses):
            raise Mistake(
                say(
                    "that is the lowest validation loss itself; return the number of updates "
                    "after which it was measured.",
                    "그것은 가장 낮은 검증 손실 값 자체입니다: 그 값을 잰 시점까지의 업데이트 "
                    "횟수를 반환하십시오.",
                )
            )
        answers.append(as_whole_number(result, say(f"{name}'s answer", f"{name}의 답")))
    if answers == expected:
        return say(
            "the weights after that many updates score best on the validation text: where "
            "early stopping would have kept them.",
            "그만큼 업데이트한 뒤의 가중치가 검증 텍스트에서 가장 좋은 점수를 냅니다: 조기 "
            "종료라면 이 가중치를 남겼을 것입니다.",
        )
    for k, (_, hint) in enumerate(_best_update_mistakes(*cases[0])):
        if answers == [_best_update_mistakes(*case)[k][0] for case in cases]:
            raise Mistake(hint)
    if len(set(answers)) == 1:
        raise Mistake(
            say(
                f"best_update returns {answers[0]} whatever the losses: compute it from "
                "val_losses and every.",
                f"best_update 함수는 손실이 달라도 늘 같은 값({answers[0]})을 반환합니다: "
                "val_losses와 every로 계산하십시오.",
            )
        )
    losses, every = BEST_UPDATE_CASES[0]
    raise Mistake(
        say(
            f"for losses {list(losses)} measured every {every} updates the answer is "
            f"{expected[0]}, yours {answers[0]}. Find the position of the lowest loss, then "
            "count the updates up to that measurement.",
            f"업데이트 {every}번마다 잰 손실 {list(losses)}에서 답은 {expected[0]}인데 여러분의 "
            f"답은 {answers[0]}입니다. 가장 낮은 손실의 위치를 찾은 다음, 그 측정까지의 "
            "업데이트 횟수를 세십시오.",
        )
    )


# --- inverted dropout ---------------------------------------------------------------------------

# (rows, columns, rate, seed): many values, so the share set to zero can be judged; values in
# [0.5, 1.5), never 0, so that a zero in the answer can only be a dropped value.
DROPOUT_CASES = ((100, 80, 0.5, 71), (120, 60, 0.2, 72))


def dropout_cases() -> list[tuple[np.ndarray, float, int]]:
    """The checker's cases ``(x, rate, seed)``; the checker hands the learner ``x``, ``rate`` and
    ``np.random.default_rng(seed)``."""
    cases = []
    for rows, columns, rate, seed in DROPOUT_CASES:
        x = np.random.default_rng(seed + 100).uniform(0.5, 1.5, size=(rows, columns))
        cases.append((x, rate, seed))
    return cases


def _zero_share_is(share: float, rate: float, n: int) -> bool:
    """``share`` is what dropping each of ``n`` values with probability ``rate`` gives: within
    five standard deviations (a correct answer fails about once in 3.5 million)."""
    return abs(share - rate) <= 5 * np.sqrt(rate * (1 - rate) / n)


def _judge_dropout_case(answer: np.ndarray, x: np.ndarray, rate: float) -> None:
    """The Mistake for one case's answer, if it is not inverted dropout of ``x`` at ``rate``."""
    dropped = answer == 0
    kept = answer[~dropped] / x[~dropped]  # the factor each kept value was multiplied by
    share = float(dropped.mean())
    if dropped.all():
        raise Mistake(
            say(
                f"every value was set to zero; at rate {rate} keep each with probability "
                "1 - rate and scale the kept ones by 1 / (1 - rate).",
                f"모든 값이 0이 되었습니다: rate가 {rate}이면 각 값을 확률 1 - rate로 남기고, "
                "남긴 값에 1 / (1 - rate)를 곱하십시오.",
            )
        )
    if not dropped.any():
        if np.allclose(kept, 1 / (1 - rate)):
            raise Mistake(
                say(
                    "every value was scaled and none was set to zero: draw a mask, keeping each "
                    "value with probability 1 - rate, and zero the others.",
                    "모든 값의 크기를 바꾸었고 0이 된 값은 하나도 없습니다: 각 값을 확률 "
                    "1 - rate로 남기는 마스크를 뽑고, 나머지는 0으로 만드십시오.",
                )
            )
        raise Mistake(
            say(
                f"no value was set to zero; at rate {rate} about {rate:.0%} of them should be, "
                "and the others x / (1 - rate).",
                f"0이 된 값이 하나도 없습니다: rate가 {rate}이면 값의 약 {rate:.0%}가 0이 되고, "
                "나머지는 x / (1 - rate)가 되어야 합니다.",
            )
        )
    if np.allclose(kept, 1.0) and set(np.unique(answer)) - {0.0, 1.0}:
        raise Mistake(
            say(
                "the kept values are unchanged: scale them by 1 / (1 - rate), so that the "
                "expected value of each output equals its input (Keras does this in training).",
                "남긴 값이 그대로입니다: 1 / (1 - rate)를 곱해 각 출력의 기댓값이 입력과 "
                "같아지게 하십시오(Keras도 학습 중에 이렇게 합니다).",
            )
        )
    if set(np.unique(answer)) <= {0.0, 1.0, 1 / (1 - rate)}:
        raise Mistake(
            say(
                "that is the mask (or the mask scaled); return x times it.",
                "그것은 마스크(또는 크기를 바꾼 마스크)입니다: x에 마스크를 곱해 반환하십시오.",
            )
        )
    if np.allclose(kept, 1 - rate):
        raise Mistake(
            say(
                "divide the kept values by (1 - rate), don't multiply them by it.",
                "남긴 값에 (1 - rate)를 곱하지 말고, (1 - rate)로 나누십시오.",
            )
        )
    if np.allclose(kept, 1 / rate) and not np.isclose(rate, 0.5):
        raise Mistake(
            say(
                "scale by 1 / (1 - rate), one over the share kept, not 1 / rate, the share "
                "dropped.",
                "1 / rate(버린 비율의 역수)가 아니라 1 / (1 - rate)(남긴 비율의 역수)를 "
                "곱하십시오.",
            )
        )
    if not np.allclose(kept, 1 / (1 - rate)):
        raise Mistake(
            say(
                f"at rate {rate} every kept value should be multiplied by 1 / (1 - rate) = "
                f"{1 / (1 - rate):.4g}; yours were multiplied by factors from "
                f"{kept.min():.4g} to {kept.max():.4g}.",
                f"rate가 {rate}이면 남긴 값마다 곱하는 배율이 1 / (1 - rate) = "
                f"{1 / (1 - rate):.4g}이어야 하는데, 여러분의 배율은 {kept.min():.4g}에서 "
                f"{kept.max():.4g}까지입니다.",
            )
        )
    if _zero_share_is(share, 1 - rate, answer.size) and not np.isclose(rate, 0.5):
        raise Mistake(
            say(
                "rate is the share set to zero: keep each value with probability 1 - rate, "
                f"not rate (you zeroed {share:.0%} at rate {rate}).",
                "rate는 0으로 만드는 비율입니다: 각 값을 rate가 아니라 확률 1 - rate로 "
                f"남기십시오(rate {rate}에서 값의 {share:.0%}를 0으로 만들었습니다).",
            )
        )
    if not _zero_share_is(share, rate, answer.size):
        raise Mistake(
            say(
                f"at rate {rate} about {rate:.0%} of the values should be zero; yours set "
                f"{share:.1%} to zero.",
                f"rate가 {rate}이면 값의 약 {rate:.0%}가 0이어야 하는데, 여러분은 값의 "
                f"{share:.1%}를 0으로 만들었습니다.",
            )
        )


@checker
def check_dropout(dropout) -> str:
    """Check ``dropout(x, rate, rng)``: inverted dropout as in training, drawn from ``rng``.

    Two arrays of several thousand values at rates 0.5 and 0.2. Any way of drawing the mask from
    ``rng`` is right; the share set to zero is judged with a margin of five standard deviations.
    """
    name = "dropout"
    for x, rate, seed in dropout_cases():
        original = x.copy()

        def run(x=x, rate=rate, seed=seed):
            # Not through call_learner's copy: a dropout that changes x itself is a mistake to
            # name, and the same rng state must reach the learner twice.
            try:
                return dropout(x, rate, np.random.default_rng(seed))
            except Exception as error:  # noqa: BLE001 - report the learner's error in words
                raise Mistake(
                    say(
                        f"{name} raised {type(error).__name__}: {error}. x has shape {x.shape}, "
                        f"rate is {rate} and rng a np.random.Generator (rng.random(x.shape) "
                        "draws one number per value).",
                        f"{name}에서 오류가 났습니다: {type(error).__name__}: {error}. x의 형태는 "
                        f"{x.shape}, rate는 {rate}, rng는 np.random.Generator입니다"
                        "(rng.random(x.shape)는 값마다 숫자를 하나씩 뽑습니다).",
                    )
                ) from None

        call_learner(dropout, name, x.copy(), rate, np.random.default_rng(seed))  # None: stub
        result = run(x=x.copy())
        answer = as_numbers(result, name)
        if answer.shape != x.shape:
            raise Mistake(
                say(
                    f"{name} returned shape {answer.shape}, expected x's shape {x.shape}.",
                    f"{name} 함수가 반환한 형태는 {answer.shape}이지만 x의 형태와 같은 "
                    f"{x.shape}이어야 합니다.",
                )
            )
        if not np.all(np.isfinite(answer)):
            raise Mistake(not_finite(name))
        _judge_dropout_case(answer, original, rate)
        changed = x.copy()
        run(x=changed)
        if not np.array_equal(changed, original):
            raise Mistake(
                say(
                    "dropout changed x itself (x[mask] = 0 or x *= ...): return a new array, "
                    "such as x * mask / (1 - rate), and leave x as it was.",
                    "dropout 함수가 x 자체를 바꿨습니다(x[mask] = 0 또는 x *= ...): "
                    "x * mask / (1 - rate)처럼 새 배열을 반환하고 x는 그대로 두십시오.",
                )
            )
        again = as_numbers(run(x=x.copy()), name)
        if not np.array_equal(again, answer):
            raise Mistake(
                say(
                    "the same rng seed gave two different masks: draw from the rng passed in "
                    "(rng.random(x.shape)), not from np.random, so that a seed repeats its mask.",
                    "같은 rng 시드에서 서로 다른 마스크가 나왔습니다: 시드가 같으면 마스크도 "
                    "같도록 np.random이 아니라 넘겨받은 rng에서 뽑으십시오(rng.random(x.shape)).",
                )
            )
    return say(
        "each value is kept with probability 1 - rate and scaled by 1 / (1 - rate): on average "
        "the output equals the input, as in Keras' Dropout during training.",
        "각 값을 확률 1 - rate로 남기고 1 / (1 - rate)를 곱합니다: Keras의 Dropout이 학습 중에 "
        "하듯이, 평균적으로 출력이 입력과 같습니다.",
    )
