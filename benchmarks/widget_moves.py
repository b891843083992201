"""Move every control of every figure panel a notebook built, and time each redraw.

Runs inside the notebook's kernel after its last cell (``benchmarks/run_notebooks.py`` sends
``time_panels()``), where ``helpers.widgets.PANELS`` lists the panels the lesson displayed.
Setting a control's value runs the redraw at once, as a learner's slider move does in
JupyterLab; a ``figure_on_click`` panel is timed by pressing its button after a new text.
"""

from __future__ import annotations

import time
from functools import partial

MOVES = 5  # per panel; the first is not counted (caches, first draw of a new size)
BUTTON_TEXT_LENGTH = 10  # 06's Train button is timed on texts of ten characters (issue 19)


def slider_values(control, count: int) -> list:
    """``count`` values spread over a control's range (or its options), none the current one."""
    if hasattr(control, "options") and control.options:  # SelectionSlider, Dropdown
        options = [option[1] if isinstance(option, tuple) else option for option in control.options]
        others = [value for value in options if value != control.value]
        return [others[i % len(others)] for i in range(count)] if others else []
    if hasattr(control, "min") and hasattr(control, "max"):
        low, high = control.min, control.max
        if hasattr(control, "base"):  # FloatLogSlider: min and max are exponents
            low, high = control.base**low, control.base**high
        spread = [low + (high - low) * (i + 1) / (count + 1) for i in range(count)]
        if isinstance(control.value, int):
            spread = [round(value) for value in spread]
        return [value for value in spread if value != control.value]
    if isinstance(control.value, str) and control.value:  # a text box: shorter pieces of it
        text = control.value
        return [text[i % len(text) :] + text[: i % len(text)] for i in range(1, count + 1)]
    return []


def button_texts(text: str, count: int) -> list[str]:
    """``count`` different texts of BUTTON_TEXT_LENGTH characters, made from ``text``."""
    repeated = text * (BUTTON_TEXT_LENGTH // max(len(text), 1) + count + 2)
    return [repeated[i : i + BUTTON_TEXT_LENGTH] for i in range(1, count + 1)]


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def time_panels(moves: int = MOVES) -> list[dict]:
    """For each panel in ``helpers.widgets.PANELS``: its name, kind and the seconds of each
    redraw, the controls moved in turn."""
    from helpers.widgets import PANELS

    report = []
    for panel in PANELS:
        seconds = []
        if panel.button is not None:
            texts = {
                control: button_texts(control.value, moves)
                for control in panel.controls.values()
                if isinstance(control.value, str)
            }
            for i in range(moves):
                for control, values in texts.items():
                    control.value = values[i]
                seconds.append(_timed(panel.button.click))
        else:
            # Each control in turn goes through its values and back to where it was; a move
            # always changes the value (setting the same value again draws nothing).
            plans = {
                name: [*values, control.value]
                for name, control in panel.controls.items()
                if (values := slider_values(control, moves))
            }
            turn = dict.fromkeys(plans, 0)
            for i in range(moves if plans else 0):
                name = list(plans)[i % len(plans)]
                control, values = panel.controls[name], plans[name]
                while values[turn[name] % len(values)] == control.value:
                    turn[name] += 1
                value = values[turn[name] % len(values)]
                seconds.append(_timed(partial(setattr, control, "value", value)))
        report.append(
            {
                "name": panel.name,
                "kind": "button" if panel.button is not None else "controls",
                "seconds": seconds,
            }
        )
    return report
