"""helpers.widgets: a figure that redraws from its controls, the same with or without a browser."""

import base64

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pytest

from helpers.i18n import speaking
from helpers.widgets import (
    PANELS,
    figure_on_click,
    figure_output,
    interactive_figure,
    text_on_click,
)


def line_figure(n=3):
    if n == 5:
        raise ValueError("n must not be 5: pick another value")
    figure, ax = plt.subplots(figsize=(2, 2))
    ax.plot(range(n))
    return figure


def png_of(output_widget) -> bytes:
    (output,) = output_widget.outputs
    assert output["output_type"] == "display_data"
    return base64.b64decode(output["data"]["image/png"])


def test_draws_once_at_start_into_the_output_widget():
    box = interactive_figure(line_figure, n=widgets.IntSlider(value=3, min=1, max=9))
    slider, output = box.children
    assert isinstance(slider, widgets.IntSlider) and isinstance(output, widgets.Output)
    assert png_of(output).startswith(b"\x89PNG")
    assert plt.get_fignums() == [], "the figure should be shown in the widget only"


def test_moving_a_control_redraws():
    box = interactive_figure(line_figure, n=widgets.IntSlider(value=3, min=1, max=9))
    slider, output = box.children
    before = png_of(output)
    slider.value = 8
    assert png_of(output) != before


def test_a_value_error_is_shown_as_text_not_raised():
    box = interactive_figure(line_figure, n=widgets.IntSlider(value=3, min=1, max=9))
    slider, output = box.children
    slider.value = 5
    assert output.outputs == (
        {
            "output_type": "stream",
            "name": "stdout",
            "text": "n must not be 5: pick another value\n",
        },
    )
    slider.value = 4  # a good value brings the figure back
    assert png_of(output).startswith(b"\x89PNG")


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(
    ("draw", "controls", "error", "message", "korean"),
    [
        (
            None,
            {"n": widgets.IntSlider()},
            TypeError,
            "draw must be a function that returns a Figure",
            "draw에는 Figure를 반환하는 함수를 넣어야 합니다. 받은 값: NoneType None",
        ),
        (
            line_figure,
            {},
            ValueError,
            "interactive_figure needs at least one control",
            "interactive_figure에는 step=IntSlider()처럼 컨트롤이 하나 이상 있어야 합니다",
        ),
        (
            line_figure,
            {"n": 3},
            TypeError,
            "control 'n' must be an ipywidgets control",
            "컨트롤 'n'에는 IntSlider 같은 ipywidgets 컨트롤을 넣어야 합니다. 받은 값: int 3",
        ),
        (
            lambda n: "not a figure",
            {"n": widgets.IntSlider()},
            TypeError,
            "draw must return a matplotlib Figure, got str 'not a figure'",
            "draw는 matplotlib Figure를 반환해야 합니다. 받은 값: str 'not a figure'",
        ),
    ],
)
def test_bad_arguments_get_a_clear_message(draw, controls, error, message, korean, language):
    with speaking(language), pytest.raises(error) as caught:
        interactive_figure(draw, **controls)
    assert (message if language == "en" else korean) in str(caught.value)


def test_figure_output_is_a_png_display_output():
    figure = line_figure()
    output = figure_output(figure)
    assert set(output["data"]) == {"image/png", "text/plain"}
    assert output["data"]["text/plain"] == repr(figure)


# --- figure_on_click ----------------------------------------------------------------------------


def calls_counted(log):
    def draw(n=3):
        log.append(n)
        return line_figure(n)

    return draw


def test_on_click_draws_nothing_until_pressed():
    log = []
    box = figure_on_click(calls_counted(log), button="Train", n=widgets.IntSlider(value=3))
    slider, button, output = box.children
    assert isinstance(button, widgets.Button) and button.description == "Train"
    assert log == []
    assert output.outputs[0]["text"] == "Press 'Train' to draw the figure.\n"
    slider.value = 4  # changing a control alone does not start the (slow) work
    assert log == []
    button.click()
    assert log == [4]
    assert png_of(output).startswith(b"\x89PNG")
    assert plt.get_fignums() == []


def test_on_click_shows_a_value_error_as_its_message():
    box = figure_on_click(line_figure, button="Train", n=widgets.IntSlider(value=5))
    _, button, output = box.children
    button.click()
    assert output.outputs == (
        {
            "output_type": "stream",
            "name": "stdout",
            "text": "n must not be 5: pick another value\n",
        },
    )


def test_on_click_works_without_controls():
    box = figure_on_click(line_figure)
    (button, output) = box.children
    button.click()
    assert png_of(output).startswith(b"\x89PNG")


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(
    ("draw", "button", "controls", "error", "message", "korean"),
    [
        ("draw", "Run", {}, TypeError, "draw must be a function that returns a Figure",
         "draw에는 Figure를 반환하는 함수를 넣어야 합니다. 받은 값: str 'draw'"),
        (line_figure, "", {}, TypeError, "button must be the button's label, got str ''",
         "button에는 버튼의 레이블을 넣어야 합니다. 받은 값: str ''"),
        (line_figure, "  ", {}, TypeError, "button must be the button's label",
         "button에는 버튼의 레이블을 넣어야 합니다. 받은 값: str '  '"),
        (line_figure, 3, {}, TypeError, "button must be the button's label, got int 3",
         "button에는 버튼의 레이블을 넣어야 합니다. 받은 값: int 3"),
        (line_figure, "Run", {"n": "3"}, TypeError, "control 'n' must be an ipywidgets control",
         "컨트롤 'n'에는 IntSlider 같은 ipywidgets 컨트롤을 넣어야 합니다"),
    ],
)  # fmt: skip
def test_on_click_bad_arguments_get_a_clear_message(
    draw, button, controls, error, message, korean, language
):
    with speaking(language), pytest.raises(error) as caught:
        figure_on_click(draw, button, **controls)
    assert (message if language == "en" else korean) in str(caught.value)


@pytest.mark.parametrize(
    ("language", "label", "figure_note", "text_note"),
    [
        ("en", "Run", "Press 'Run' to draw the figure.\n", "Press 'Run' to see the text.\n"),
        ("ko", "실행", "그림을 그리려면 '실행' 버튼을 누르십시오.\n",
         "텍스트를 보려면 '실행' 버튼을 누르십시오.\n"),
    ],
)  # fmt: skip
def test_the_default_button_and_its_note_speak_the_lessons_language(
    language, label, figure_note, text_note
):
    with speaking(language):
        figure_box = figure_on_click(line_figure)
        text_box = text_on_click(lambda: "hi")
    figure_button, figure_output = figure_box.children
    text_button, text_output = text_box.children
    assert figure_button.description == text_button.description == label
    assert figure_output.outputs[0]["text"] == figure_note
    assert text_output.outputs[0]["text"] == text_note


def test_a_given_button_label_is_shown_as_given_in_korean_too():
    with speaking("ko"):
        box = figure_on_click(line_figure, button="Train", n=widgets.IntSlider(value=3))
    _, button, output = box.children
    assert button.description == "Train"
    assert output.outputs[0]["text"] == "그림을 그리려면 'Train' 버튼을 누르십시오.\n"


def titled_figure(title):
    figure, ax = plt.subplots(figsize=(2, 2))
    ax.set_title(title)
    return figure


def test_hangul_typed_into_a_box_draws_without_missing_glyphs():
    box = figure_on_click(titled_figure, button="Train", title=widgets.Text("안녕하세요 반가워요"))
    text, button, output = box.children
    button.click()
    assert [item["output_type"] for item in output.outputs] == ["display_data"]


def test_a_character_no_font_has_is_named_under_the_figure():
    box = interactive_figure(titled_figure, title=widgets.Text("\U00013000 and \U0001f600"))
    text, output = box.children
    figure, note = output.outputs
    assert figure["output_type"] == "display_data"
    assert note["text"] == (
        "The figure's fonts have no glyph for '\U00013000': those characters show as empty boxes.\n"
    )
    text.value = "hello"  # the note goes with the character
    assert len(output.outputs) == 1
    with speaking("ko"):
        text.value = "\U00013000"
    assert output.outputs[1]["text"] == (
        "그림의 글꼴에는 '\U00013000'의 글리프가 없습니다. 이 문자들은 빈 네모로 표시됩니다.\n"
    )


def test_a_control_label_is_never_cut_short():
    slider = widgets.FloatSlider(value=1.0, description="spectral radius")
    interactive_figure(lambda radius: line_figure(), radius=slider)
    assert slider.style.description_width == "initial"  # as wide as its words


# --- text_on_click ------------------------------------------------------------------------------


def echo(prompt="ab", length=2):
    if length < 0:
        raise ValueError(f"length must be 0 or more, got {length}")
    return prompt * length


def test_text_on_click_writes_the_text_on_each_press_and_records_its_panel():
    PANELS.clear()
    box = text_on_click(
        echo,
        button="Write",
        prompt=widgets.Text(value="ab"),
        length=widgets.IntSlider(value=2, min=-1),
    )
    text, length, button, output = box.children
    assert output.outputs[0]["text"] == "Press 'Write' to see the text.\n"
    button.click()
    assert output.outputs == ({"output_type": "stream", "name": "stdout", "text": "abab\n"},)
    text.value, length.value = "xy", 3
    button.click()
    assert output.outputs[0]["text"] == "xyxyxy\n"  # replaced, not appended
    length.value = -1
    button.click()
    assert output.outputs[0]["text"] == "length must be 0 or more, got -1\n"
    (panel,) = PANELS
    assert (panel.name, panel.button, list(panel.controls)) == (
        "echo",
        button,
        ["prompt", "length"],
    )
    PANELS.clear()


def test_text_on_click_refuses_a_write_that_returns_no_string():
    box = text_on_click(lambda: 3)
    button, output = box.children
    button.click()
    assert output.outputs[0]["text"] == "write must return a string, got int 3\n"
    with speaking("ko"):
        button.click()
    assert output.outputs[0]["text"] == "write는 문자열을 반환해야 합니다. 받은 값: int 3\n"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "write must be a function that returns a string, got str 'write'"),
        ("ko", "write에는 문자열을 반환하는 함수를 넣어야 합니다. 받은 값: str 'write'"),
    ],
)
def test_text_on_click_refuses_a_write_that_is_no_function(language, message):
    with speaking(language), pytest.raises(TypeError) as caught:
        text_on_click("write")
    assert str(caught.value) == message
