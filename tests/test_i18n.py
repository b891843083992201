"""helpers.i18n, and a scan of the helpers' code for learner-facing text written in one language.

The scans read helpers/*.py and helpers/fonts/ (helpers/checks/ has its own scan, in
tests/test_checks.py). Every exception message built from a string literal or an f-string must
come through ``say(english, korean)``; so must every default argument that is shown text (a
figure title, an axis label, a button's label) and every literal passed as figure text
(``title=``, ``xlabel=``, ``ax.set_title(...)``, ...). Math alone (``"$x_t$"``) and values
alone (``f"c = {value:g}"``) are not words and pass.
"""

import ast
import re
from pathlib import Path

import pytest

import helpers
from helpers import i18n
from helpers.i18n import LANGUAGES, current_language, say, set_language, speaking

HELPERS = Path(helpers.__file__).resolve().parent
ROOT = HELPERS.parent
SCANNED = sorted(
    path for path in HELPERS.rglob("*.py") if "checks" not in path.relative_to(HELPERS).parts
)
# set_language's refusal is the one message that cannot depend on the language: it says both.
BOTH_AT_ONCE = HELPERS / "i18n.py"

# Keyword arguments and methods whose string is drawn in a figure or shown in a widget.
SHOWN_KEYWORDS = {"title", "xlabel", "ylabel", "label", "description", "button", "cell_label",
                  "correlation_title"}  # fmt: skip
SHOWN_METHODS = {"set_title", "set_xlabel", "set_ylabel", "suptitle", "append_stdout", "print"}


# --- helpers.i18n --------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _english_after_each_test():
    yield
    set_language("en")


def test_english_is_the_default_and_both_languages_are_known():
    assert current_language() == "en"
    assert LANGUAGES == {"en": "English", "ko": "한국어"}


def test_say_picks_the_text_of_the_current_language():
    assert say("hello", "안녕하세요") == "hello"
    set_language("ko")
    assert current_language() == "ko"
    assert say("hello", "안녕하세요") == "안녕하세요"
    set_language("en")
    assert say("hello", "안녕하세요") == "hello"


@pytest.mark.parametrize("language", ["fr", "EN", "korean", "", None, 1, ["ko"]])
def test_set_language_refuses_a_language_it_does_not_speak(language):
    with pytest.raises(ValueError) as caught:
        set_language(language)
    assert str(caught.value) == (
        f"language must be one of 'en', 'ko' (English, 한국어), got {language!r}"
    )
    assert current_language() == "en"  # unchanged


def test_speaking_sets_the_language_inside_and_restores_it_after():
    with speaking("ko"):
        assert say("a", "가") == "가"
        with speaking("en"):
            assert say("a", "가") == "a"
        assert current_language() == "ko"
    assert current_language() == "en"


def test_speaking_restores_the_language_after_an_error():
    set_language("ko")
    with pytest.raises(RuntimeError), speaking("en"):
        raise RuntimeError("inside")
    assert current_language() == "ko"


def test_speaking_refuses_an_unknown_language_and_keeps_the_current_one():
    with pytest.raises(ValueError, match="got 'fr'"), speaking("fr"):
        pass
    assert current_language() == "en"


def test_setup_lesson_sets_the_language():
    from helpers.lesson import setup_lesson

    setup_lesson(0, tensorflow=False, language="ko")
    assert current_language() == "ko"
    setup_lesson(0, tensorflow=False)
    assert current_language() == "en"
    assert i18n._current == "en"


# --- the scans -----------------------------------------------------------------------------------


def _is_text(node: ast.AST) -> bool:
    """A string literal, an f-string, or a sum of them: text written in one language."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_text(node.left) or _is_text(node.right)
    return False


def _words(node: ast.AST) -> str:
    """The literal parts of a string or f-string, without its $math$ and its {values}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value if isinstance(part, ast.Constant) else " " for part in node.values
        )
    elif isinstance(node, ast.BinOp):
        text = _words(node.left) + " " + _words(node.right)
    else:
        return ""
    return re.sub(r"\$[^$]*\$", " ", text)


def _has_words(node: ast.AST) -> bool:
    return re.search(r"[A-Za-z]{2,}", _words(node)) is not None


def _name(function: ast.AST) -> str:
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return ""


def bare_exception_messages(path: Path, root: Path = ROOT) -> list[str]:
    """``raise SomethingError("...")`` (or ``SomethingError(f"...")`` kept for later) whose
    message is text not wrapped in say(...)."""
    found = []
    where = str(path.relative_to(root))
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if not name.endswith(("Error", "Exception")):
            continue
        for argument in node.args:
            if _is_text(argument):
                found.append(f"{where}:{node.lineno}: {name}(...) message is not in say(...)")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def bare_shown_text(path: Path, root: Path = ROOT) -> list[str]:
    """Figure and widget text written in one language: literal defaults of shown-text
    parameters, ``title=``-like keywords, and ``set_title("...")``-like calls."""
    found = []
    where = str(path.relative_to(root))
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = node.args.posonlyargs + node.args.args
            defaults = zip(arguments[len(arguments) - len(node.args.defaults) :],
                           node.args.defaults, strict=True)  # fmt: skip
            pairs = [*defaults, *zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)]
            for argument, default in pairs:
                shown = argument.arg in SHOWN_KEYWORDS
                if shown and default is not None and _is_text(default) and _has_words(default):
                    found.append(
                        f"{where}:{default.lineno}: default {argument.arg}= is shown text: make "
                        f"it None and choose it with say(...)"
                    )
        if not isinstance(node, ast.Call):
            continue
        for keyword in node.keywords:
            if keyword.arg in SHOWN_KEYWORDS and _is_text(keyword.value):
                if _has_words(keyword.value):
                    found.append(
                        f"{where}:{keyword.value.lineno}: {keyword.arg}= is not in say(...)"
                    )
        if _name(node.func) in SHOWN_METHODS:
            for argument in node.args:
                if _is_text(argument) and _has_words(argument):
                    found.append(
                        f"{where}:{argument.lineno}: {_name(node.func)}(...) is not in say(...)"
                    )
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def test_the_one_exempt_message_is_set_languages_and_says_both_languages():
    (found,) = bare_exception_messages(BOTH_AT_ONCE)
    line = int(found.split(":")[1])
    lines = BOTH_AT_ONCE.read_text(encoding="utf-8").splitlines()
    assert "raise ValueError(" in lines[line - 1] and "(English, 한국어)" in lines[line]


def test_the_scans_read_every_helper_module_but_the_checkers():
    names = {str(path.relative_to(HELPERS)) for path in SCANNED}
    assert {"data.py", "plot.py", "widgets.py", "lesson.py", "fonts/__init__.py"} <= names
    assert not any(name.startswith("checks") for name in names)


def test_the_scans_catch_what_they_are_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(x, title='Hidden states $h_t$', label='$x_t$', button=None):\n"
        "    if x:\n"
        "        raise ValueError(f'x must be empty, got {x}')\n"
        "    if x is None:\n"
        "        raise TypeError(say('x is None', 'x에 None이 있습니다'))\n"
        "    ax.set_title('Loss per epoch')\n"
        "    ax.set(xlabel='$t$', ylabel=say('value', '값'), title=f'c = {x:g}')\n"
        "    ax.plot(x, label='first all right')\n",
        encoding="utf-8",
    )
    found = [*bare_exception_messages(sample, tmp_path), *bare_shown_text(sample, tmp_path)]
    lines = sorted(int(line.split(":")[1]) for line in found)
    assert lines == [1, 3, 6, 8], found
    assert found[0] == "sample.py:3: ValueError(...) message is not in say(...)"


def test_every_exception_message_of_the_helpers_is_written_in_both_languages():
    found = [
        line for path in SCANNED if path != BOTH_AT_ONCE for line in bare_exception_messages(path)
    ]
    assert not found, (
        f"{len(found)} exception messages written in one language: wrap each in "
        f"say(english, korean) (helpers/i18n.py):\n" + "\n".join(found)
    )


def test_every_figure_and_widget_text_of_the_helpers_is_written_in_both_languages():
    found = [line for path in SCANNED for line in bare_shown_text(path)]
    assert not found, (
        f"{len(found)} figure or widget texts written in one language: wrap each in "
        f"say(english, korean) (helpers/i18n.py):\n" + "\n".join(found)
    )


# --- code that a lesson shows with show_source stays free of bilingual messages ------------------


@pytest.mark.parametrize(
    ("module", "name", "checks"),
    [
        ("helpers.training", "train_until", "_check_train_until_args"),
        ("helpers.language_model", "make_windows", "_check_make_windows_args"),
    ],
)
def test_shown_functions_check_their_input_in_one_call(module, name, checks):
    import importlib
    import inspect

    function = getattr(importlib.import_module(module), name)
    source = inspect.getsource(function)
    assert "say(" not in source and "raise " not in source, source
    assert not re.search("[가-힣]", source), source
    assert source.count(f"{checks}(") == 1, source
    assert name in inspect.getsource(getattr(importlib.import_module(module), checks))
