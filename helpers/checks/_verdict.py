"""The machinery every checker shares: a printed verdict, a True/False result, no tracebacks.

A checker function raises ``NotDone`` for an untouched stub and ``Mistake`` with a hint for a
wrong answer; ``checker`` turns those into one printed line and a return value. A learner's code
that raises is reported in words too, so a checker never ends in a traceback.

Any other exception is a bug in the checker itself. A learner is told so, in a line of its own
(never "Not yet", which would blame their answer); the test suite sets COURSE_CHECKER_ERRORS=raise
so that the same bug raises CheckerError and fails the tests instead.

Every text a learner reads is written in English and Korean side by side, ``say(english,
korean)``, where it is made; the verdict prefixes too, looked up when the line is printed.
"""

from __future__ import annotations

import copy
import functools
import numbers
import os
from collections.abc import Callable

import numpy as np

from helpers._validate import describe
from helpers.i18n import say

# The verdict prefixes in English, and their Korean twins; passed(), not_yet(), not_done() and
# checker_failed() give the one for the current language.
PASSED = "✅ Correct!"
NOT_YET = "❌ Not yet:"
NOT_DONE = "⏳ Not done yet:"
CHECKER_FAILED = "⚠️ The checker itself failed:"
PASSED_KO = "✅ 정답입니다!"
NOT_YET_KO = "❌ 아직 아닙니다:"
NOT_DONE_KO = "⏳ 아직 풀지 않았습니다:"
CHECKER_FAILED_KO = "⚠️ 채점기 자체가 실패했습니다:"
CHECKER_ERRORS = "COURSE_CHECKER_ERRORS"


def passed() -> str:
    """The prefix of a right answer's verdict, in the current language."""
    return say(PASSED, PASSED_KO)


def not_yet() -> str:
    """The prefix of a wrong answer's verdict, in the current language."""
    return say(NOT_YET, NOT_YET_KO)


def not_done() -> str:
    """The prefix of an untouched stub's verdict, in the current language."""
    return say(NOT_DONE, NOT_DONE_KO)


def checker_failed() -> str:
    """The prefix of the line that reports a bug in a checker, in the current language."""
    return say(CHECKER_FAILED, CHECKER_FAILED_KO)


class CheckerError(RuntimeError):
    """A bug in a checker's own code, not a mistake in the learner's answer."""


class NotDone(Exception):
    """The answer is still the starter stub."""


class Mistake(Exception):
    """The answer is wrong; the message is the hint to print."""


def checker(check: Callable[..., str]) -> Callable[..., bool]:
    """Wrap ``check`` (which returns a success note) so it prints a verdict and returns a bool."""

    @functools.wraps(check)
    def run(*args, **kwargs) -> bool:
        try:
            note = check(*args, **kwargs)
        except NotDone as stub:
            print(not_done(), stub)
            return False
        except Mistake as mistake:
            print(not_yet(), mistake)
            return False
        except Exception as error:  # noqa: BLE001 - a learner must see words, not a traceback
            # The learner's own code runs inside call_learner, which turns its errors into a
            # Mistake: anything else that escapes is a bug in the checker.
            what = f"{check.__name__} failed: {type(error).__name__}: {error}"
            if os.environ.get(CHECKER_ERRORS) == "raise":  # the test suite: fail loudly
                raise CheckerError(what) from error
            print(
                checker_failed(),
                say(
                    f"{type(error).__name__}: {error}. This is a bug in the course, not in your "
                    "answer: please report it, with this line.",
                    f"{type(error).__name__}: {error}. 여러분의 답이 아니라 과정의 버그입니다: "
                    "이 줄을 함께 적어 알려 주십시오.",
                ),
            )
            return False
        print(passed(), note)
        return True

    return run


def looks_like_model(value: object) -> bool:
    """A built Keras model (duck-typed, so the checkers never import Keras to ask)."""
    return all(hasattr(value, attr) for attr in ("layers", "count_params", "weights"))


def require_function(function: object, name: str) -> None:
    """A NotDone for ``None`` and a Mistake for anything that cannot be called."""
    if function is None:
        raise NotDone(
            say(
                f"define {name} and pass it to the checker.",
                f"{name} 함수를 정의하고 채점기에 넘기십시오.",
            )
        )
    if looks_like_model(function):
        raise Mistake(
            say(
                f"you passed a model; pass the function {name} itself, which builds and returns "
                f"one: check(..., {name}), without the ().",
                f"모델을 넘겼습니다. 모델을 만들어 반환하는 함수 {name} 자체를 넘기십시오: "
                f"() 없이 check(..., {name}).",
            )
        )
    if not callable(function):
        raise Mistake(
            say(
                f"pass the function {name} itself, got {describe(function)}.",
                f"함수 {name} 자체를 넘기십시오(받은 값: {describe(function)}).",
            )
        )


def call_learner(function: object, name: str, *args, hint: str = ""):
    """Call a learner's function on copies of ``args``, turning a crash or a stub's ``None`` into
    a verdict.

    The copies keep the checker's own arrays as they were, whatever the learner's code does to
    its arguments. ``hint`` follows the learner's error message when the function raises.
    """
    require_function(function, name)
    try:
        result = function(*copy.deepcopy(args))
    except Exception as error:  # noqa: BLE001 - report the learner's error in words
        hint = hint or say(
            "Print the shape of each array inside your function to find the line.",
            "함수 안에서 각 배열의 형태를 출력해 보면 문제가 되는 줄을 찾을 수 있습니다.",
        )
        raise Mistake(
            say(
                f"{name} raised {type(error).__name__}: {error}. {hint}",
                f"{name}에서 오류가 났습니다: {type(error).__name__}: {error}. {hint}",
            )
        ) from None
    if result is None:
        raise NotDone(
            say(
                f"{name} returns None: replace the stub's `return None` with your code.",
                f"{name}의 반환값이 None입니다: 뼈대 코드의 `return None` 자리에 코드를 "
                "작성하십시오.",
            )
        )
    return result


def as_whole_number(value: object, name: str) -> int:
    """A count from the learner: an int, or a float or NumPy number that is whole (72.0)."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise Mistake(
            say(
                f"{name} should be a whole number, got {describe(value)}.",
                f"{name}: 정수여야 합니다(받은 값: {describe(value)}).",
            )
        )
    try:
        whole = float(value).is_integer()
    except OverflowError:
        whole = False
    if not whole:
        raise Mistake(
            say(
                f"{name} should be a whole number (a count of parameters), got {value}.",
                f"{name}: 정수(파라미터 수)여야 합니다(받은 값: {value}).",
            )
        )
    return int(value)


def as_numbers(value: object, name: str) -> np.ndarray:
    """The learner's result as a float array of any shape, or a Mistake saying why not."""
    not_an_array = Mistake(
        say(
            f"{name} should return a NumPy array, got {describe(value)}.",
            f"{name}: NumPy 배열을 반환해야 합니다(받은 값: {describe(value)}).",
        )
    )
    if value is None:
        raise not_an_array
    try:
        raw = np.asarray(value)
    except ValueError:  # ragged nesting, such as a list of rows of different lengths
        raise Mistake(
            say(
                f"{name} should return an array with a regular shape (rows of equal length), "
                f"got {describe(value)}.",
                f"{name}: 형태가 고른 배열(행의 길이가 모두 같은 배열)을 반환해야 합니다"
                f"(받은 값: {describe(value)}).",
            )
        ) from None
    # Converting would quietly parse "0.5" or drop imaginary parts: a wrong answer marked right.
    if raw.dtype.kind in "US":
        raise not_an_array
    if raw.dtype.kind == "c":
        raise Mistake(
            say(
                f"{name} returned complex numbers; expected real ones.",
                f"{name}: 복소수를 반환했습니다. 실수를 반환해야 합니다.",
            )
        )
    try:
        return np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise not_an_array from None


def as_finite_numbers(value: object, name: str) -> np.ndarray:
    """The learner's result as a float array of any shape without NaN or infinities."""
    array = as_numbers(value, name)
    if not np.all(np.isfinite(array)):
        raise Mistake(not_finite(name))
    return array


def not_finite(name: str) -> str:
    """The hint for an answer with NaN or infinite values in it."""
    return say(
        f"{name} returned NaN or infinite values.",
        f"{name}: NaN이나 무한대 값을 반환했습니다.",
    )


def as_answer_array(value: object, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """The learner's result as a float array of the expected shape, or a Mistake saying why not."""
    array = as_numbers(value, name)
    if array.shape != shape:
        raise Mistake(
            say(
                f"{name} returned shape {array.shape}, expected {shape}.",
                f"{name}: 반환한 형태는 {array.shape}이지만 {shape}이어야 합니다.",
            )
        )
    if not np.all(np.isfinite(array)):
        raise Mistake(not_finite(name))
    return array


def same(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal up to float32 rounding (answers may come from NumPy or from Keras)."""
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-4, atol=1e-5))


def model_io(model: object, name: str) -> tuple[tuple, list[tuple]]:
    """A built Keras model's input shape and output shapes, or a Mistake/NotDone saying why not.

    Duck-typed, so importing the checkers never imports Keras or TensorFlow.
    """
    if model is None:
        raise NotDone(
            say(
                f"{name} returns None: build the model and return it.",
                f"{name}의 반환값이 None입니다: 모델을 만들어 반환하십시오.",
            )
        )
    if not looks_like_model(model):
        raise Mistake(not_a_model(name, model))
    try:
        inputs, outputs = model.inputs, model.outputs
    except (AttributeError, ValueError):
        inputs = outputs = None
    if not inputs or not outputs:
        raise Mistake(
            say(
                f"{name}'s model has no input yet: start it with keras.Input(shape=...) so that "
                f"Keras knows the shapes.",
                f"{name}의 모델에는 아직 입력이 없습니다: Keras가 형태를 알 수 있도록 모델을 "
                "keras.Input(shape=...)에서 시작하십시오.",
            )
        )
    if len(inputs) != 1:
        raise Mistake(
            say(
                f"{name}'s model should have one input, it has {len(inputs)}.",
                f"{name}의 모델에는 입력이 하나여야 하는데 {len(inputs)}개 있습니다.",
            )
        )
    return tuple(inputs[0].shape), [tuple(output.shape) for output in outputs]


def not_a_model(name: str, value: object) -> str:
    """The hint for a builder that returned something other than a Keras model."""
    return say(
        f"{name} should return a Keras model, got {describe(value)}.",
        f"{name}: Keras 모델을 반환해야 합니다(받은 값: {describe(value)}).",
    )


def one_output(count: int) -> str:
    """The hint for a model with ``count`` outputs where one is wanted."""
    return say(
        f"the model should have one output, it has {count}.",
        f"모델의 출력은 하나여야 하는데 {count}개 있습니다.",
    )


def declared_input(model) -> tuple | None:
    """The per-sequence input shape a model declares, e.g. (8, 3) or (None, 3); None if it
    declares none (a subclassed model called on data)."""
    try:
        inputs = model.inputs
    except (AttributeError, ValueError):
        return None
    if not inputs or len(inputs) != 1:
        return None
    return tuple(inputs[0].shape)[1:]


def fits(declared: tuple | None, wanted: tuple) -> bool:
    """Whether a declared input shape accepts ``wanted``: None means any size on that axis."""
    if declared is None:
        return True
    return len(declared) == len(wanted) and all(
        d is None or d == w for d, w in zip(declared, wanted, strict=True)
    )


def all_layers(model) -> list:
    """Every layer of a Keras model, inside nested models and wrappers too."""
    found, stack = [], list(getattr(model, "layers", []))
    while stack:
        layer = stack.pop()
        found.append(layer)
        stack += list(getattr(layer, "layers", []) or [])
        for attr in ("forward_layer", "backward_layer", "layer", "cell"):
            inner = getattr(layer, attr, None)
            if inner is not None and inner is not layer and hasattr(inner, "get_config"):
                stack.append(inner)
    return found


def has_recurrent_layer(model) -> bool:
    """A recurrent layer anywhere in the model: SimpleRNN, LSTM, GRU, RNN(cell), Bidirectional."""
    import keras  # only when a model is checked

    return any(
        isinstance(layer, (keras.layers.RNN, keras.layers.Bidirectional))
        for layer in all_layers(model)
    )


def model_outputs(model, inputs: np.ndarray) -> list[np.ndarray]:
    """A model's outputs for ``inputs``, always as a list of NumPy arrays, or a Mistake."""
    try:
        output = model(inputs, training=False)
    except Exception as error:  # noqa: BLE001 - report in words
        raise Mistake(
            say(
                f"the model could not run on a batch of shape {inputs.shape}: "
                f"{type(error).__name__}: {error}",
                f"모델이 형태가 {inputs.shape}인 배치를 처리하지 못했습니다: "
                f"{type(error).__name__}: {error}",
            )
        ) from None
    outputs = list(output) if isinstance(output, (list, tuple)) else [output]
    return [np.asarray(o.numpy() if hasattr(o, "numpy") else o, dtype=np.float64) for o in outputs]


def are_probabilities(values: np.ndarray, axis: int = -1) -> bool:
    """Positive and summing to 1 along ``axis``: probabilities, whatever produced them."""
    return bool(values.min() >= 0 and np.allclose(values.sum(axis=axis), 1, atol=1e-4))


def run_model(model, inputs: np.ndarray) -> np.ndarray:
    """A model's output for ``inputs`` as a NumPy array, or a Mistake saying why it failed."""
    try:
        output = model(inputs, training=False)
        return np.asarray(output.numpy() if hasattr(output, "numpy") else output)
    except Exception as error:  # noqa: BLE001 - report in words
        raise Mistake(
            say(
                f"the model could not run on a batch: {type(error).__name__}: {error}",
                f"모델이 배치를 처리하지 못했습니다: {type(error).__name__}: {error}",
            )
        ) from None


def first_difference(answer: np.ndarray, expected: np.ndarray) -> tuple[int, ...]:
    """The index of the first element (in reading order) where two same-shaped arrays differ."""
    close = np.isclose(answer, expected, rtol=1e-4, atol=1e-5)
    return tuple(int(i) for i in np.argwhere(~close)[0])


def same_on_every_case(answers: list, variant_answers: list) -> bool:
    """Whether a learner's answers equal a variant's on every case (arrays or tuples of them)."""
    for answer, variant in zip(answers, variant_answers, strict=True):
        pairs = (
            zip(answer, variant, strict=True) if isinstance(answer, tuple) else [(answer, variant)]
        )
        if not all(same(np.asarray(a), np.asarray(v)) for a, v in pairs):
            return False
    return True


def typed_in(answers: list, expected: list) -> bool:
    """An answer that stays the same for cases whose right answers differ: typed in."""
    first = answers[0]
    for answer, truth in zip(answers[1:], expected[1:], strict=True):
        pairs_same = (
            all(same(np.asarray(a), np.asarray(b)) for a, b in zip(answer, first, strict=True))
            if isinstance(answer, tuple)
            else same(np.asarray(answer), np.asarray(first))
        )
        truth_same = (
            all(same(np.asarray(a), np.asarray(b)) for a, b in zip(truth, expected[0], strict=True))
            if isinstance(truth, tuple)
            else same(np.asarray(truth), np.asarray(expected[0]))
        )
        if pairs_same and not truth_same:
            return True
    return False


def judge_counts(
    answers: list, cases: tuple, variants: list, *, whatever: str, inputs: str, rule: str
) -> None:
    """Raise the ``Mistake`` for a counting function's wrong ``answers`` on ``cases``.

    ``variants`` pairs a formula (called with a case's arguments) with the hint for the mistake
    it computes; the first whose counts equal the answers on every case names it. An answer that
    never changes was typed in ("whatever ``whatever``: compute it from ``inputs``"); anything
    else lists the counts and restates ``rule``. ``whatever`` (in Korean a phrase such as "어떤
    층이든"), ``inputs`` and ``rule`` come in the current language, from ``say``.
    """
    for variant, hint in variants:
        if answers == [variant(*case) for case in cases]:
            raise Mistake(hint)
    if len(set(answers)) == 1:
        raise Mistake(
            say(
                f"your function returns {answers[0]} whatever {whatever}: compute it from "
                f"{inputs}.",
                f"함수가 {whatever} 항상 같은 값({answers[0]})을 반환합니다. 답은 다음 인자로 "
                f"계산하십시오: {inputs}.",
            )
        )
    listed = ", ".join(f"{case} -> {answer}" for case, answer in zip(cases, answers, strict=True))
    raise Mistake(
        say(
            f"your counts ({listed}) are off. {rule}", f"계산한 개수({listed})가 틀렸습니다. {rule}"
        )
    )
