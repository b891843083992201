"""Checkers for the overfitting lesson: where early stopping would stop, and inverted dropout."""

from __future__ import annotations

import numpy as np

from helpers.checks._verdict import (
    Mistake,
    as_numbers,
    as_whole_number,
    call_learner,
    checker,
)

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
            "that is the position of the lowest loss in the array; the loss at position k was "
            "measured after (k + 1) * every updates: return that count.",
        ),
        (
            lowest * every,
            "off by one measurement: the first loss is measured after `every` updates, not at "
            "update 0, so position k is (k + 1) * every.",
        ),
        (
            (int(np.argmax(val_losses)) + 1) * every,
            "that is where the validation loss is highest; early stopping keeps the weights "
            "where it is lowest (np.argmin).",
        ),
        (
            len(val_losses) * every,
            "that is the last measurement: the end of training, which is not where the "
            "validation loss was lowest.",
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
                "that is the lowest validation loss itself; return the number of updates after "
                "which it was measured."
            )
        answers.append(as_whole_number(result, f"{name}'s answer"))
    if answers == expected:
        return (
            "the weights after that many updates score best on the validation text: where "
            "early stopping would have kept them."
        )
    for k, (_, hint) in enumerate(_best_update_mistakes(*cases[0])):
        if answers == [_best_update_mistakes(*case)[k][0] for case in cases]:
            raise Mistake(hint)
    if len(set(answers)) == 1:
        raise Mistake(
            f"best_update returns {answers[0]} whatever the losses: compute it from val_losses "
            "and every."
        )
    losses, every = BEST_UPDATE_CASES[0]
    raise Mistake(
        f"for losses {list(losses)} measured every {every} updates the answer is "
        f"{expected[0]}, yours {answers[0]}. Find the position of the lowest loss, then count "
        "the updates up to that measurement."
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
            f"every value was set to zero; at rate {rate} keep each with probability 1 - rate "
            "and scale the kept ones by 1 / (1 - rate)."
        )
    if not dropped.any():
        if np.allclose(kept, 1 / (1 - rate)):
            raise Mistake(
                "every value was scaled and none was set to zero: draw a mask, keeping each "
                "value with probability 1 - rate, and zero the others."
            )
        raise Mistake(
            f"no value was set to zero; at rate {rate} about {rate:.0%} of them should be, and "
            "the others x / (1 - rate)."
        )
    if np.allclose(kept, 1.0) and set(np.unique(answer)) - {0.0, 1.0}:
        raise Mistake(
            "the kept values are unchanged: scale them by 1 / (1 - rate), so that the expected "
            "value of each output equals its input (Keras does this in training)."
        )
    if set(np.unique(answer)) <= {0.0, 1.0, 1 / (1 - rate)}:
        raise Mistake("that is the mask (or the mask scaled); return x times it.")
    if np.allclose(kept, 1 - rate):
        raise Mistake("divide the kept values by (1 - rate), don't multiply them by it.")
    if np.allclose(kept, 1 / rate) and not np.isclose(rate, 0.5):
        raise Mistake(
            "scale by 1 / (1 - rate), one over the share kept, not 1 / rate, the share dropped."
        )
    if not np.allclose(kept, 1 / (1 - rate)):
        raise Mistake(
            f"at rate {rate} every kept value should be multiplied by 1 / (1 - rate) = "
            f"{1 / (1 - rate):.4g}; yours were multiplied by factors from {kept.min():.4g} to "
            f"{kept.max():.4g}."
        )
    if _zero_share_is(share, 1 - rate, answer.size) and not np.isclose(rate, 0.5):
        raise Mistake(
            "rate is the share set to zero: keep each value with probability 1 - rate, "
            f"not rate (you zeroed {share:.0%} at rate {rate})."
        )
    if not _zero_share_is(share, rate, answer.size):
        raise Mistake(
            f"at rate {rate} about {rate:.0%} of the values should be zero; yours set "
            f"{share:.1%} to zero."
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
                    f"{name} raised {type(error).__name__}: {error}. x has shape {x.shape}, "
                    f"rate is {rate} and rng a np.random.Generator (rng.random(x.shape) draws "
                    "one number per value)."
                ) from None

        call_learner(dropout, name, x.copy(), rate, np.random.default_rng(seed))  # None: stub
        result = run(x=x.copy())
        answer = as_numbers(result, name)
        if answer.shape != x.shape:
            raise Mistake(f"{name} returned shape {answer.shape}, expected x's shape {x.shape}.")
        if not np.all(np.isfinite(answer)):
            raise Mistake(f"{name} returned NaN or infinite values.")
        _judge_dropout_case(answer, original, rate)
        changed = x.copy()
        run(x=changed)
        if not np.array_equal(changed, original):
            raise Mistake(
                "dropout changed x itself (x[mask] = 0 or x *= ...): return a new array, "
                "such as x * mask / (1 - rate), and leave x as it was."
            )
        again = as_numbers(run(x=x.copy()), name)
        if not np.array_equal(again, answer):
            raise Mistake(
                "the same rng seed gave two different masks: draw from the rng passed in "
                "(rng.random(x.shape)), not from np.random, so that a seed repeats its mask."
            )
    return (
        "each value is kept with probability 1 - rate and scaled by 1 / (1 - rate): on average "
        "the output equals the input, as in Keras' Dropout during training."
    )
