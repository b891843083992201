"""Widget builders: sliders and text boxes that redraw a figure (or rewrite a text).

The figure is rendered in the kernel and placed in an ``Output`` widget's ``outputs`` directly,
rather than printed "into" the widget with ``with out:``. That routing only works when a browser
is attached; rendering in the kernel behaves the same in JupyterLab, under ``nbconvert`` and under
nbval, so a notebook's committed outputs match a fresh test run. The builders' own words (the
default button label, "Press ... to ...", their error messages) are in the language of
``helpers.i18n``.
"""

from __future__ import annotations

import base64
import io
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import ipywidgets as widgets
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from helpers._validate import describe
from helpers.fonts import use_course_fonts
from helpers.i18n import say

use_course_fonts()  # a learner's Korean text in a text box renders in the figure


@dataclass
class _Panel:
    """A figure with its controls, as ``interactive_figure`` or ``figure_on_click`` built it."""

    name: str  # the draw (or write) function's name, e.g. "temperature_figure"
    controls: dict[str, widgets.ValueWidget]
    output: widgets.Output
    button: widgets.Button | None = None  # figure_on_click's; None: redrawn on every change


# Every panel the builders below made in this kernel, in order: `make bench` moves their controls
# and times each redraw (benchmarks/run_notebooks.py), the way a learner's slider moves would.
PANELS: list[_Panel] = []


def figure_output(figure: Figure) -> dict:
    """A figure as a notebook ``display_data`` output (PNG), whatever the matplotlib backend."""
    if not isinstance(figure, Figure):
        raise TypeError(
            say(
                f"figure must be a matplotlib Figure, got {describe(figure)}",
                f"figure에는 matplotlib Figure를 넣어야 합니다. 받은 값: {describe(figure)}",
            )
        )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return {
        "output_type": "display_data",
        "data": {
            "image/png": base64.b64encode(buffer.getvalue()).decode("ascii"),
            "text/plain": repr(figure),
        },
        "metadata": {},
    }


_MISSING_GLYPH = re.compile(r"Glyph (\d+) .*missing from font")


def _unprintable(caught: list[warnings.WarningMessage]) -> str:
    """The characters matplotlib warned it could not draw, in order; other warnings go on."""
    characters = []
    for warning in caught:
        match = _MISSING_GLYPH.search(str(warning.message))
        if match is None:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
        elif chr(int(match[1])) not in characters:
            characters.append(chr(int(match[1])))
    return "".join(characters)


def _check_controls(draw: object, controls: dict) -> None:
    if not callable(draw):
        raise TypeError(
            say(
                f"draw must be a function that returns a Figure, got {describe(draw)}",
                f"draw에는 Figure를 반환하는 함수를 넣어야 합니다. 받은 값: {describe(draw)}",
            )
        )
    for name, control in controls.items():
        if not isinstance(control, widgets.ValueWidget):
            raise TypeError(
                say(
                    f"control {name!r} must be an ipywidgets control such as IntSlider, "
                    f"got {describe(control)}",
                    f"컨트롤 {name!r}에는 IntSlider 같은 ipywidgets 컨트롤을 넣어야 합니다. "
                    f"받은 값: {describe(control)}",
                )
            )
        # ipywidgets gives a label a fixed width and cuts it ("weight sc..."): fit the words.
        if getattr(control, "description", "") and hasattr(control.style, "description_width"):
            control.style.description_width = "initial"


def _figure_panel(
    draw: Callable[..., Figure], controls: dict[str, widgets.ValueWidget]
) -> tuple[widgets.Output, Callable[..., None]]:
    """An ``Output`` and a function that fills it with ``draw(**current values)``."""
    output = widgets.Output()

    def redraw(*_event) -> None:
        values = {name: control.value for name, control in controls.items()}
        open_before = set(plt.get_fignums())
        # Warnings raised in a widget's callback end up in JupyterLab's log, where no learner
        # looks: a character the fonts cannot draw is said under the figure instead.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                figure = draw(**values)
            except (ValueError, TypeError) as error:  # a learner's bad input: show why
                # A figure begun before the error would otherwise pop up under some later cell.
                for number in set(plt.get_fignums()) - open_before:
                    plt.close(number)
                output.outputs = ()
                output.append_stdout(f"{error}\n")
                return
            if not isinstance(figure, Figure):
                raise TypeError(
                    say(
                        f"draw must return a matplotlib Figure, got {describe(figure)}",
                        f"draw는 matplotlib Figure를 반환해야 합니다. 받은 값: {describe(figure)}",
                    )
                )
            shown = figure_output(figure)
            plt.close(figure)  # shown once, in the widget, not again at the end of the cell
        output.outputs = (shown,)
        missing = _unprintable(caught)
        if missing:
            output.append_stdout(
                say(
                    f"The figure's fonts have no glyph for {missing!r}: those characters show as "
                    f"empty boxes.\n",
                    f"그림의 글꼴에는 {missing!r}의 글리프가 없습니다. 이 문자들은 빈 네모로 "
                    f"표시됩니다.\n",
                )
            )

    return output, redraw


def interactive_figure(
    draw: Callable[..., Figure], **controls: widgets.ValueWidget
) -> widgets.VBox:
    """Controls above a figure that is redrawn whenever a control's value changes.

    ``draw(**values)`` receives each control's current value under the control's keyword and
    must return a matplotlib ``Figure``. If it raises ``ValueError`` or ``TypeError`` (bad input
    typed by a learner), the message is shown in place of the figure.

    Returns a ``VBox`` of the controls and an ``Output`` holding the figure; display it as the
    last expression of a cell.
    """
    _check_controls(draw, controls)
    if not controls:
        raise ValueError(
            say(
                "interactive_figure needs at least one control, e.g. step=IntSlider()",
                "interactive_figure에는 step=IntSlider()처럼 컨트롤이 하나 이상 있어야 합니다",
            )
        )
    output, redraw = _figure_panel(draw, controls)
    for control in controls.values():
        control.observe(redraw, names="value")
    redraw()
    PANELS.append(_Panel(getattr(draw, "__name__", repr(draw)), dict(controls), output))
    return widgets.VBox([*controls.values(), output])


def _button_label(button: object) -> str:
    """The button's label: ``button``, or "Run" in the current language when it is None."""
    if button is None:
        return say("Run", "실행")
    if not isinstance(button, str) or not button.strip():
        raise TypeError(
            say(
                f"button must be the button's label, got {describe(button)}",
                f"button에는 버튼의 레이블을 넣어야 합니다. 받은 값: {describe(button)}",
            )
        )
    return button


def figure_on_click(
    draw: Callable[..., Figure], button: str | None = None, **controls: widgets.ValueWidget
) -> widgets.VBox:
    """Controls, a button, and a figure drawn only when the button is pressed.

    For work too slow to redo on every keystroke, such as training a model on typed text.
    ``draw(**values)`` gets each control's current value and returns a ``Figure``; a
    ``ValueError`` or ``TypeError`` it raises is shown as its message. Until the first press the
    output says which button to press. ``button`` is the button's label; None gives "Run" (in
    Korean "실행", in the language of ``helpers.i18n``).
    """
    _check_controls(draw, controls)
    button = _button_label(button)
    output, redraw = _figure_panel(draw, controls)
    press = widgets.Button(description=button)
    press.on_click(redraw)
    output.append_stdout(
        say(
            f"Press {button!r} to draw the figure.\n",
            f"그림을 그리려면 {button!r} 버튼을 누르십시오.\n",
        )
    )
    PANELS.append(_Panel(getattr(draw, "__name__", repr(draw)), dict(controls), output, press))
    return widgets.VBox([*controls.values(), press, output])


def text_on_click(
    write: Callable[..., str], button: str | None = None, **controls: widgets.ValueWidget
) -> widgets.VBox:
    """Controls, a button, and the text ``write(**values)`` returns, shown on each press.

    For output that is text rather than a figure, such as a model writing from a prompt. A
    ``ValueError`` or ``TypeError`` that ``write`` raises is shown as its message. ``button`` is
    the button's label; None gives "Run" (in Korean "실행", in the language of ``helpers.i18n``).
    """
    if not callable(write):
        raise TypeError(
            say(
                f"write must be a function that returns a string, got {describe(write)}",
                f"write에는 문자열을 반환하는 함수를 넣어야 합니다. 받은 값: {describe(write)}",
            )
        )
    _check_controls(write, controls)
    button = _button_label(button)
    output = widgets.Output()

    def show(*_event) -> None:
        values = {name: control.value for name, control in controls.items()}
        try:
            text = write(**values)
        except (ValueError, TypeError) as error:  # a learner's bad input: show why
            text = str(error)
        if not isinstance(text, str):  # said in the panel: a button's error reaches no learner
            text = say(
                f"write must return a string, got {describe(text)}",
                f"write는 문자열을 반환해야 합니다. 받은 값: {describe(text)}",
            )
        output.outputs = ({"output_type": "stream", "name": "stdout", "text": text + "\n"},)

    press = widgets.Button(description=button)
    press.on_click(show)
    output.append_stdout(
        say(
            f"Press {button!r} to see the text.\n",
            f"텍스트를 보려면 {button!r} 버튼을 누르십시오.\n",
        )
    )
    PANELS.append(_Panel(getattr(write, "__name__", repr(write)), dict(controls), output, press))
    return widgets.VBox([*controls.values(), press, output])
