"""The Korean edition (notebooks/ko/) is the English course, cell for cell, in Korean.

tests/translation.py says what "in step" means; tests/terminology.py what keeping to the glossary
means. A failure names the notebook and the cell.
"""

import ast
import re

import pytest

from tests.notebook_files import NOTEBOOK_DIR, NOTEBOOKS, ROOT, read
from tests.terminology import glossary_rows, terminology_problems, terms
from tests.translation import (
    KO_DIR,
    SOLUTIONS,
    code_problems,
    korean_path,
    markdown_problems,
    notebook_problems,
    solution_problems,
)

HANGUL = re.compile(r"[\uac00-\ud7a3]")
ENGLISH_00 = NOTEBOOK_DIR / "00_start_here.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_has_a_korean_twin_in_step_with_it(path):
    problems = notebook_problems(path)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", sorted(SOLUTIONS.glob("*.py")), ids=lambda p: p.stem)
def test_every_solution_has_a_korean_twin_that_computes_the_same(path):
    problems = solution_problems(path)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_korean_notebooks_keep_to_the_glossary(path):
    problems = terminology_problems(korean_path(path))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_korean_notebooks_are_written_in_korean_and_speak_korean(path):
    korean = read(korean_path(path))
    for cell in korean.cells:
        if cell.cell_type == "markdown" and re.search(r"[A-Za-z]{3}", cell.source):
            assert HANGUL.search(cell.source), f"{korean_path(path).name} {cell.id!r} is English"
        for call in ast.walk(ast.parse("\n".join(
            line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!"))
        ))) if cell.cell_type == "code" else []:  # fmt: skip
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "setup_lesson":
                language = [k.value.value for k in call.keywords if k.arg == "language"]
                assert language == ["ko"], f"{cell.id!r}: setup_lesson(..., language='ko')"


def test_the_korean_glossary_is_the_english_one():
    """The Korean 00 translates the explanations; its terms and other names are 00's own."""
    english = [(r["english"], r["korean"], r["other"]) for r in glossary_rows(ENGLISH_00)]
    korean = [
        (r["english"], r["korean"], r["other"]) for r in glossary_rows(KO_DIR / ENGLISH_00.name)
    ]
    assert korean == english


def test_the_glossary_names_other_names_and_pairs_terms():
    chosen, other_names = terms()
    by_korean = {term.korean: term for term in chosen}
    assert by_korean["은닉 상태"].english[0] == "hidden state"
    assert by_korean["편향"].english[0] == "bias"  # "weight, bias" pairs with "가중치, 편향"
    assert "RNN" in by_korean["순환 신경망"].english
    assert by_korean["유니그램"].english == ("unigram",)  # "baseline (unigram, bigram)"
    assert other_names["소멸 게이트"] == ["망각 게이트"]
    assert len(other_names) >= 30


# --- the checks themselves fail when they should -------------------------------------------------


@pytest.mark.parametrize(
    ("english", "korean"),
    [
        ('print("Loss:", loss)', 'print("손실:", loss)'),
        ('print(f"{n} steps took {t} s")', 'print(f"{t}초 동안 {n}단계")'),  # Korean word order
        ("x = 1  # one", "x = 1  # 하나"),
        ('plot(states, title="States")', 'plot(states, title="상태")'),
        ('assert ok, "it failed"', 'assert ok, "실패했습니다"'),
        ('title = "Loss"\nplt.title(title)', 'title = "손실"\nplt.title(title)'),
        ('def f():\n    """Doc."""\n    return 1', 'def f():\n    """문서."""\n    return 1'),
        ('print(", ".join(names))', 'print(", ".join(names))'),
        ("%load solutions/a.py", "%load solutions/a.py"),
        (
            'labels = {n: f"{n} per step" for n in names}',
            'labels = {n: f"{n} 시점당" for n in names}',
        ),
        ('plot(x, correlation_title="Correlation")', 'plot(x, correlation_title="상관관계")'),
        ('set_language("en")', 'set_language("ko")'),
        ('rows = [(f"until {e}", 1)]', 'rows = [(f"{e}까지", 1)]'),
        ('outcome = f"accepted: {x}"', 'outcome = f"받아들여짐: {x}"'),
    ],
)
def test_code_that_computes_the_same_passes(english, korean):
    assert code_problems(english, korean) == []


@pytest.mark.parametrize(
    ("english", "korean", "problem"),
    [
        ('model = build("tanh")', 'model = build("탄젠트")', "used by the code"),
        ('text = "hihell"', 'text = "안녕"', "used by the code"),
        ('d = {"loss": 1}', 'd = {"손실": 1}', "used by the code"),
        ("x = 1", "x = 2", "differs from the English"),
        ("print(a)", "print(a, b)", "differs from the English"),
        ("x = 1", "x = (", "does not parse"),
        ("%load solutions/a.py", "%load solutions/b.py", "% and ! lines differ"),
    ],
)
def test_code_that_changes_what_it_computes_is_refused(english, korean, problem):
    found = code_problems(english, korean)
    assert found and problem in found[0], found


def test_the_setup_call_may_choose_korean_and_nothing_else():
    english = 'rng = setup_lesson(SEED, language="en")'
    assert code_problems(english, 'rng = setup_lesson(SEED, language="ko")') == []
    (problem,) = code_problems(english, 'rng = setup_lesson(SEED, language="fr")')
    assert 'should say language="ko"' in problem


def test_a_key_may_be_renamed_only_the_same_way_everywhere(tmp_path, monkeypatch):
    import nbformat

    import tests.translation as translation

    def notebooks(*cells):
        english = nbformat.v4.new_notebook(
            cells=[nbformat.v4.new_code_cell(en, id=f"c{i}") for i, (en, _) in enumerate(cells)]
        )
        korean = nbformat.v4.new_notebook(
            cells=[nbformat.v4.new_code_cell(ko, id=f"c{i}") for i, (_, ko) in enumerate(cells)]
        )
        for ours, theirs in zip(korean.cells, english.cells, strict=True):
            translation.stamp(ours, theirs)
        (tmp_path / "ko").mkdir(exist_ok=True)
        nbformat.write(english, tmp_path / "09_x.ipynb")
        nbformat.write(korean, tmp_path / "ko" / "09_x.ipynb")
        return translation.notebook_problems(tmp_path / "09_x.ipynb")

    monkeypatch.setattr(translation, "KO_DIR", tmp_path / "ko")
    curves = ('curves = {"validation": v}', 'curves = {"검증": v}')
    assert notebooks(curves, ('print(curves["validation"])', 'print(curves["검증"])')) == []
    (problem,) = notebooks(curves, ('x = curves["validation"]', 'x = curves["validation"]'))
    assert (
        "cells c0, c1" not in problem and "'validation' becomes ['validation', '검증']" in problem
    )
    (problem,) = notebooks(('model = build("tanh")', 'model = build("탄젠트")'))
    assert "changes 'tanh' to '탄젠트'" in problem and "cells 'c0'" in problem
    # A label of several words in a table row may be renamed; the same words handed to a call
    # (a text to train on) may not.
    row = ('rows = [("100 epochs, as in the notes", 100)]', 'rows = [("노트처럼 100 에포크", 100)]')
    assert notebooks(row) == []
    (problem,) = notebooks(('train("to be or not to be")', 'train("사느냐 죽느냐")'))
    assert "changes 'to be or not to be'" in problem


def test_bold_that_would_not_render_in_korean_is_named():
    english = "The **hidden state** is $h_t$."
    assert markdown_problems(english, "**은닉 상태**(hidden state)는 $h_t$입니다.") == []
    (problem,) = markdown_problems(english, "**은닉 상태(hidden state)**는 $h_t$입니다.")
    assert "shows as typed" in problem


def test_markdown_that_drops_a_formula_code_or_link_is_refused():
    english = "The state $h_t$ of `SimpleRNN`, see [01](01_memory_cell_numpy.ipynb)."
    assert (
        markdown_problems(english, "상태 $h_t$, `SimpleRNN`, [01](01_memory_cell_numpy.ipynb).")
        == []
    )
    found = markdown_problems(english, "상태 h_t, SimpleRNN, 01 참고.")
    assert len(found) == 3 and "$h_t$" in found[0], found


def test_a_stale_or_reshaped_translation_is_named(tmp_path, monkeypatch):
    import nbformat

    import tests.translation as translation

    english = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("Hello", id="intro"),
        nbformat.v4.new_code_cell('print("hi")', id="greet"),
    ])  # fmt: skip
    korean = nbformat.from_dict(english)
    korean.cells = [
        nbformat.v4.new_markdown_cell("안녕하세요", id="intro"),
        nbformat.v4.new_code_cell('print("안녕")', id="greet"),
    ]
    for ours, theirs in zip(korean.cells, english.cells, strict=True):
        translation.stamp(ours, theirs)
    (tmp_path / "ko").mkdir()
    nbformat.write(english, tmp_path / "09_x.ipynb")
    nbformat.write(korean, tmp_path / "ko" / "09_x.ipynb")
    monkeypatch.setattr(translation, "KO_DIR", tmp_path / "ko")
    assert translation.notebook_problems(tmp_path / "09_x.ipynb") == []

    english.cells[1].source = 'print("hi there")'  # the English changes; the Korean does not
    nbformat.write(english, tmp_path / "09_x.ipynb")
    (problem,) = translation.notebook_problems(tmp_path / "09_x.ipynb")
    assert "cell 'greet' translates an older version" in problem and "stamp 09 greet" in problem

    english.cells.append(nbformat.v4.new_markdown_cell("More", id="more"))
    nbformat.write(english, tmp_path / "09_x.ipynb")
    (problem,) = translation.notebook_problems(tmp_path / "09_x.ipynb")
    assert "missing ['more']" in problem


def test_terminology_names_another_name_and_a_first_use_without_english(tmp_path):
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# 은닉 상태\n\n히든 스테이트는 은닉 상태입니다.", id="a"),
        nbformat.v4.new_markdown_cell("출력은 히든 스테이트입니다.", id="b"),
        nbformat.v4.new_markdown_cell("에포크(epoch)마다 에포크를 셉니다.", id="c"),
    ])  # fmt: skip
    nbformat.write(notebook, tmp_path / "09_x.ipynb")
    problems = terminology_problems(tmp_path / "09_x.ipynb")
    assert any("'b' writes '히든 스테이트'" in p for p in problems), problems
    assert not any("'a' writes" in p for p in problems), problems  # named beside the chosen term
    assert any("first '은닉 상태' should be followed" in p for p in problems), problems
    assert not any("'에포크'" in p for p in problems), problems


# --- what else a Korean learner touches ----------------------------------------------------------

README_KO = ROOT / "README.ko.md"
BINDER_KO = "urlpath=lab/tree/notebooks/ko/00_start_here.ipynb"


def test_the_english_readme_leads_korean_readers_to_theirs():
    top = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## ")[0]
    assert "[README.ko.md](README.ko.md)" in top, "link README.ko.md from the top of README.md"


def test_the_korean_readme_has_the_two_commands_and_opens_the_korean_start_page():
    text = README_KO.read_text(encoding="utf-8")
    commands = re.search(r"```bash\n(.*?)```", text, re.DOTALL).group(1)
    assert re.search(r"^make lab\b", commands, re.M) and re.search(r"^make test\b", commands, re.M)
    assert "make lab EDITION=ko" in text
    binder = re.findall(r"https://mybinder\.org/v2/gh/\S+?\)", text)
    assert binder and all(BINDER_KO in link for link in binder), binder
    assert "[README.md](README.md)" in text
    for guide in ("INSTRUCTORS.ko.md", "TRANSLATING.md"):
        assert f"]({guide})" in text, f"README.ko.md should link {guide}"
    assert len(HANGUL.findall(text)) > 3 * len(re.findall(r"\b[A-Za-z]{4,}\b", text)) / 4
