"""Pictures for the lessons: hidden states over time, unrolled RNN diagrams, training curves.

Every function draws on the ``ax`` it is given (or a new one) and returns that ``Axes``, so a
notebook can place several side by side. Colours are safe for colour-blind readers. The titles,
axis labels and legend entries a function draws itself are in the language of ``helpers.i18n``
(English or Korean); the caller's text is drawn as given.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import cbook
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.mathtext import MathTextParser
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
from matplotlib.text import Text

from helpers._validate import (
    as_flag,
    as_float_array,
    as_int_in_range,
    as_positive_int,
    describe,
)
from helpers.fonts import HANGUL_FONT, use_course_fonts
from helpers.i18n import say

use_course_fonts()  # Hangul in any figure of the course renders, whatever fonts the system has

# Okabe-Ito: distinguishable with every common form of colour blindness.
LINE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
# One colour and marker per recurrent cell type, the same in every lesson's figures.
CELL_COLOURS = {"SimpleRNN": "#D55E00", "LSTM": "#0072B2", "GRU": "#009E73"}
CELL_MARKERS = {"SimpleRNN": "o-", "LSTM": "s-", "GRU": "^--"}


# Hangul syllables and jamo: a label with these and $math$ needs the Hangul font first.
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af]")


def _hangul_beside_math(draw: Callable) -> Callable:
    """``draw``, and then every Hangul label with $math$ in its figure gets the Hangul font first.

    Matplotlib typesets a label with $...$ in it as one piece of mathtext, whose plain text is
    drawn with one font and no fallback: the Korean edition's "은닉 상태 $h_t$" would show its
    Hangul as empty boxes. The bundled Hangul font has Latin letters and digits too, so such a
    label draws whole; a label without Hangul (every English one) is left as it is.
    """

    @functools.wraps(draw)
    def drawn(*args, **kwargs):
        result = draw(*args, **kwargs)
        figure = result if isinstance(result, Figure) else result.figure
        for text in figure.findobj(Text):
            label = text.get_text()
            if _HANGUL.search(label) and cbook.is_math_text(label):
                text.set_fontfamily([HANGUL_FONT, *plt.rcParams["font.family"]])
        return result

    return drawn


def _axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    elif not isinstance(ax, Axes):
        raise TypeError(
            say(
                f"ax must be a matplotlib Axes or None, got {describe(ax)}",
                f"ax에는 matplotlib Axes나 None을 넣어야 합니다. 받은 값: {describe(ax)}",
            )
        )
    return ax


def _mathtext_font(label: str) -> FontProperties | None:
    """The font a label with $math$ is typeset in: the Hangul font first if it has Hangul (see
    ``_hangul_beside_math``), else matplotlib's default."""
    if not _HANGUL.search(label):
        return None
    return FontProperties(family=[HANGUL_FONT, *plt.rcParams["font.family"]])


def _check_text(value: object, name: str, typeset: str | None = None) -> None:
    """Require a string whose $...$ math matplotlib can typeset.

    Matplotlib parses math only when the figure is drawn, so a bad label would otherwise fail
    later, deep inside its parser. ``typeset`` is the label built from ``value``, if not itself.
    """
    if not isinstance(value, str):
        raise TypeError(_not_a_string(value, name))
    label = value if typeset is None else typeset
    if not cbook.is_math_text(label):
        return
    try:
        for line in label.split("\n"):  # matplotlib typesets a title line by line
            if cbook.is_math_text(line):
                MathTextParser("path").parse(line, prop=_mathtext_font(line))
    except ValueError:
        raise ValueError(
            say(
                f"{name} {value!r} is not math that matplotlib can typeset (as {label!r}): check "
                f"its $...$ part for unbalanced braces, a _ or ^ with nothing after it, or an "
                f"unknown \\command",
                f"{name} {value!r}: matplotlib이 조판할 수 없는 수식입니다(조판한 문자열: "
                f"{label!r}). $...$ 부분에 짝이 맞지 않는 중괄호, 뒤에 아무것도 없는 _나 ^, "
                f"알 수 없는 \\명령이 있는지 확인하십시오",
            )
        ) from None


def _not_a_string(value: object, name: str) -> str:
    return say(
        f"{name} must be a string, got {describe(value)}",
        f"{name}에는 문자열을 넣어야 합니다. 받은 값: {describe(value)}",
    )


def _line_colours(labels, colours: Mapping[str, str] | None = None) -> dict[str, str]:
    """A colour per label: ``colours[label]`` if given; else the colour of the cell type the
    label starts with ("SimpleRNN", "LSTM", "GRU"); else the next palette colour that no other
    label has, so that no two lines share a colour unless told to."""
    chosen = dict(colours or {})
    for label in labels:
        cell = next((c for c in CELL_COLOURS if label.startswith(c)), None)
        if label not in chosen and cell:
            chosen[label] = CELL_COLOURS[cell]
    free = [c for c in LINE_COLOURS if c not in chosen.values()] or list(LINE_COLOURS)
    for i, label in enumerate(label for label in labels if label not in chosen):
        chosen[label] = free[i % len(free)]
    return {label: chosen[label] for label in labels}


def _check_label_map(given: object, option: str, labels, name: str, wanted: str) -> dict:
    """An optional mapping from some of ``labels`` to a setting (colour, line style, marker):
    ``wanted`` names the setting, one of ``_SETTINGS``."""
    if given is None:
        return {}
    if not isinstance(given, Mapping) or set(given) - set(labels):
        raise TypeError(
            say(
                f"{option} must map labels of {name} ({sorted(labels)}) to a {wanted}, got "
                f"{describe(given)}",
                f"{option}에는 {name}의 레이블({sorted(labels)})을 {_SETTINGS[wanted]}에 "
                f"대응시키는 딕셔너리를 넣어야 합니다. 받은 값: {describe(given)}",
            )
        )
    return dict(given)


# The settings a label can be given, in Korean: the names _check_label_map's messages use.
_SETTINGS = {
    "colour": "색",
    "line format such as 'o-'": "'o-' 같은 선 형식",
    "line style": "선 스타일",
    "marker": "마커",
}


@_hangul_beside_math
def plot_hidden_states(
    states,
    ax: Axes | None = None,
    title: str | None = None,
    colorbar: bool = True,
    highlight_step: int | None = None,
) -> Axes:
    """Heatmap of hidden states: ``states`` of shape ``(timesteps, units)``.

    Time runs left to right, labelled from 1 as in h_1 ... h_T; one row per hidden unit, counted
    from 1 as well (the course counts steps and units alike in figures). The
    colour scale is fixed to [-1, 1], the range of tanh, so saturation (values near +-1) shows as
    the darkest colours. ``highlight_step`` (1-based, like the labels) outlines one time step.
    ``title`` None gives "Hidden states $h_t$" in the language of ``helpers.i18n``.
    """
    values = as_float_array(states, "states", ndim=2)
    timesteps, units = values.shape
    if highlight_step is not None:
        highlight_step = as_int_in_range(highlight_step, "highlight_step", 1, timesteps)
    if title is None:
        title = say("Hidden states $h_t$", "은닉 상태 $h_t$")
    _check_text(title, "title")
    colorbar = as_flag(colorbar, "colorbar")
    ax = _axes(ax, figsize=(max(4.0, 0.5 * timesteps + 2), max(2.5, 0.35 * units + 1.5)))
    image = ax.imshow(
        values.T,
        cmap="RdBu_r",
        vmin=-1,
        vmax=1,
        aspect="auto",
        extent=(0.5, timesteps + 0.5, units + 0.5, 0.5),
    )
    ax.set_xlabel(say("time step $t$", "시점 $t$"))
    ax.set_ylabel(say("hidden unit", "은닉 유닛"))
    ax.set_title(say(f"{title}  shape {values.shape}", f"{title}  형태 {values.shape}"))
    ax.set_xticks(range(1, timesteps + 1))
    ax.set_yticks(range(1, units + 1))
    if highlight_step is not None:
        ax.add_patch(
            plt.Rectangle(
                (highlight_step - 0.5, 0.5),
                1,
                units,
                fill=False,
                edgecolor="black",
                linewidth=2.5,
            )
        )
    if colorbar:
        ax.figure.colorbar(image, ax=ax, label=say("value (tanh range)", "값 (tanh 범위)"))
    return ax


def _check_steps(steps: Sequence[int] | None, timesteps: int, name: str) -> list[int]:
    if steps is None:
        return list(range(1, timesteps + 1))
    if not isinstance(steps, Iterable):
        raise TypeError(
            say(
                f"{name} must be a list of step numbers such as [1, 3], got {describe(steps)}",
                f"{name}에는 [1, 3] 같은 시점 번호의 리스트를 넣어야 합니다. "
                f"받은 값: {describe(steps)}",
            )
        )
    result = []
    for step in steps:
        step = as_positive_int(step, say(name + " entry", name + "의 항목"))
        if step > timesteps:
            raise ValueError(
                say(
                    f"{name} names step {step}, but there are only {timesteps} steps",
                    f"{name}에 없는 시점이 있습니다: {step}. 시점은 {timesteps}개뿐입니다",
                )
            )
        result.append(step)
    return result


def _arrow(ax: Axes, start, end, colour: str = "black", bend: float = 0.0) -> None:
    """An arrow from ``start`` to ``end``; ``bend`` curves it (matplotlib's arc3 radius)."""
    ax.add_patch(
        FancyArrowPatch(
            start,
            end,
            arrowstyle="-|>",
            mutation_scale=14,
            linewidth=1.4,
            color=colour,
            shrinkA=0,
            shrinkB=0,
            connectionstyle=f"arc3,rad={bend}",
        )
    )


def _cell_box(ax: Axes, x: float, y: float, size: tuple[float, float], label: str, colour: str):
    """A rounded cell box centred at (x, y), tinted with ``colour``, with ``label`` inside."""
    width, height = size
    ax.add_patch(
        FancyBboxPatch(
            (x - width / 2, y - height / 2),
            width,
            height,
            boxstyle="round,pad=0.05",
            facecolor=to_rgba(colour, 0.15),
            edgecolor=colour,
            linewidth=1.6,
        )
    )
    ax.text(x, y, label, ha="center", va="center", fontsize=11)


def _too_many_to_draw(timesteps: int, most: int) -> str:
    return say(
        f"timesteps {timesteps} is too many to draw legibly: use at most {most}",
        f"timesteps {timesteps}: 너무 많아 알아보기 좋게 그릴 수 없습니다. {most} 이하로 쓰십시오",
    )


@_hangul_beside_math
def draw_unrolled_rnn(
    timesteps: int = 4,
    ax: Axes | None = None,
    inputs_at: Sequence[int] | None = None,
    outputs_at: Sequence[int] | None = None,
    cell_label: str | None = None,
    input_symbol: str = "x",
    output_symbol: str = "h",
    title: str | None = None,
) -> Axes:
    """Draw an RNN unrolled over ``timesteps`` steps (1-based labels).

    One box per step, the hidden state passed right from box to box (starting from ``h_0``),
    an input arrow below at each step in ``inputs_at`` and an output arrow above at each step in
    ``outputs_at`` (default: every step). Choosing them draws one-to-many, many-to-one and so on.
    ``cell_label`` None writes "cell" in each box, in the language of ``helpers.i18n``.
    """
    timesteps = as_positive_int(timesteps, "timesteps")
    if timesteps > 12:
        raise ValueError(_too_many_to_draw(timesteps, 12))
    inputs = _check_steps(inputs_at, timesteps, "inputs_at")
    outputs = _check_steps(outputs_at, timesteps, "outputs_at")
    if cell_label is None:
        cell_label = say("cell", "셀")
    _check_text(cell_label, "cell_label")
    for symbol, name in ((input_symbol, "input_symbol"), (output_symbol, "output_symbol")):
        _check_text(symbol, name, typeset=f"${symbol}_{{1}}$")
        if not symbol:
            raise ValueError(
                say(
                    f"{name} must not be empty: use a letter such as 'x' or 'h'",
                    f"{name}에 빈 문자열을 넣을 수 없습니다. 'x'나 'h' 같은 글자를 쓰십시오",
                )
            )
    if title is not None:
        _check_text(title, "title")
    ax = _axes(ax, figsize=(1.6 * timesteps + 1.2, 3.2))
    width, height, gap = 0.9, 0.7, 1.6
    for i in range(1, timesteps + 1):
        x = (i - 1) * gap
        _cell_box(ax, x, 0, (width, height), cell_label, LINE_COLOURS[0])
        if i in inputs:
            _arrow(ax, (x, -1.35), (x, -height / 2 - 0.06))
            ax.text(x, -1.6, f"${input_symbol}_{{{i}}}$", ha="center", va="center", fontsize=12)
        if i in outputs:
            _arrow(ax, (x, height / 2 + 0.06), (x, 1.35), LINE_COLOURS[1])
            ax.text(
                x,
                1.6,
                f"${output_symbol}_{{{i}}}$",
                ha="center",
                va="center",
                fontsize=12,
                color=LINE_COLOURS[1],
            )
        start = x - gap + width / 2 + 0.06 if i > 1 else x - gap + 0.35
        _arrow(ax, (start, 0), (x - width / 2 - 0.06, 0), LINE_COLOURS[1])
        label = f"${output_symbol}_{{{i - 1}}}$"
        ax.text(
            (start + x - width / 2) / 2,
            0.18,
            label,
            ha="center",
            va="bottom",
            fontsize=10,
            color=LINE_COLOURS[1],
        )
    ax.set_xlim(-gap + 0.2, (timesteps - 1) * gap + 0.8)
    ax.set_ylim(-1.9, 1.9)
    ax.set_aspect("equal")
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax


@_hangul_beside_math
def draw_bidirectional_rnn(timesteps: int = 4, ax: Axes | None = None) -> Axes:
    """Draw a bidirectional RNN unrolled over ``timesteps`` steps (1-based labels).

    A forward cell per step passes its state right, a backward cell above it passes its state
    left; every input ``x_t`` feeds both, and the output at step t is the pair of their states,
    ``[h_t forward; h_t backward]``. The boxes and the title are in the language of
    ``helpers.i18n``.
    """
    timesteps = as_positive_int(timesteps, "timesteps")
    if timesteps > 8:
        raise ValueError(_too_many_to_draw(timesteps, 8))
    ax = _axes(ax, figsize=(2.3 * timesteps + 1, 4.4))
    forward, backward = LINE_COLOURS[0], LINE_COLOURS[1]
    gap, half = 2.4, 0.6  # distance between steps, half the width of a box
    forward_label, backward_label = say("forward", "정방향"), say("backward", "역방향")
    for i in range(1, timesteps + 1):
        x = gap * (i - 1)
        _cell_box(ax, x, 0.0, (2 * half, 0.64), forward_label, forward)
        _cell_box(ax, x, 1.3, (2 * half, 0.64), backward_label, backward)
        ax.text(x, -1.45, f"$x_{{{i}}}$", ha="center", fontsize=13)
        _arrow(ax, (x, -1.15), (x, -0.38))
        _arrow(ax, (x + 0.1, -1.15), (x + half + 0.07, 1.1), bend=0.35)  # around the box
        ax.text(
            x,
            2.95,
            rf"$[\overrightarrow{{h}}_{{{i}}};\overleftarrow{{h}}_{{{i}}}]$",
            ha="center",
            fontsize=12,
        )
        _arrow(ax, (x, 1.68), (x, 2.75), backward)
        _arrow(ax, (x - half - 0.07, 0.15), (x - 0.15, 2.75), forward, bend=-0.35)
        if i < timesteps:
            _arrow(ax, (x + half + 0.07, 0.0), (x + gap - half - 0.07, 0.0), forward)
            _arrow(ax, (x + gap - half - 0.07, 1.3), (x + half + 0.07, 1.3), backward)
    ax.set(xlim=(-1.3, gap * (timesteps - 1) + 1.3), ylim=(-1.8, 3.4), aspect="equal")
    ax.axis("off")
    ax.set_title(
        say(
            "Bidirectional RNN: forward states flow right, backward states flow left",
            "양방향 순환 신경망: 정방향 상태는 오른쪽으로, 역방향 상태는 왼쪽으로 흐름",
        )
    )
    return ax


@_hangul_beside_math
def plot_next_char_training(
    losses,
    predictions: Sequence[str],
    target: str,
    title: str = "",
    first_right: int | None = None,
):
    """Two panels for a next-character model trained for ``len(losses)`` epochs: the loss per
    epoch (log scale), and a grid of which target characters the prediction got right at each
    epoch (yellow right, blue wrong). ``predictions`` holds the predicted string after each
    epoch; ``first_right`` (1-based), if given, marks the epoch from which all stay right.

    ``title`` and the characters are drawn as typed, never as $math$, since they may be a
    learner's text. Returns the Figure.
    """
    losses = as_float_array(losses, "losses", ndim=1)
    if not isinstance(target, str) or not target:
        raise TypeError(
            say(
                f"target must be a non-empty string, got {describe(target)}",
                f"target에는 비어 있지 않은 문자열을 넣어야 합니다. 받은 값: {describe(target)}",
            )
        )
    if not isinstance(title, str):
        raise TypeError(_not_a_string(title, "title"))
    if isinstance(predictions, str) or not all(isinstance(p, str) for p in predictions):
        raise TypeError(
            say(
                f"predictions must be a list of predicted strings, one per epoch, got "
                f"{describe(predictions)}",
                f"predictions에는 에포크마다 하나씩 예측한 문자열의 리스트를 넣어야 합니다. "
                f"받은 값: {describe(predictions)}",
            )
        )
    if len(predictions) != len(losses):
        raise ValueError(
            say(
                f"predictions has {len(predictions)} strings but losses {len(losses)} values: "
                f"expected one of each per epoch",
                f"predictions에는 문자열이 {len(predictions)}개, losses에는 값이 "
                f"{len(losses)}개 있습니다. 에포크마다 하나씩 있어야 합니다",
            )
        )
    wrong_length = [k + 1 for k, p in enumerate(predictions) if len(p) != len(target)]
    if wrong_length:
        raise ValueError(
            say(
                f"the prediction after epoch {wrong_length[0]} has "
                f"{len(predictions[wrong_length[0] - 1])} characters, the target {len(target)}",
                f"에포크 {wrong_length[0]} 뒤의 예측은 문자 "
                f"{len(predictions[wrong_length[0] - 1])}개, target은 문자 {len(target)}개입니다",
            )
        )
    if first_right is not None:
        first_right = as_int_in_range(first_right, "first_right", 1, len(losses))
    epochs = np.arange(1, len(losses) + 1)
    # (target characters, epochs): True where the prediction after that epoch is right
    right = np.array([[p == t for p, t in zip(pred, target, strict=True)] for pred in predictions])
    right = right.T
    fig, (ax_loss, ax_grid) = plt.subplots(
        1, 2, figsize=(12, 3.6), layout="constrained", width_ratios=[1, 1.3]
    )
    ax_loss.plot(epochs, losses, color=LINE_COLOURS[0], linewidth=1.8)
    ax_loss.set(
        yscale="log",
        xlabel=say("epoch", "에포크"),
        ylabel=say("mean cross-entropy (log scale)", "평균 교차 엔트로피 (로그 눈금)"),
        title=say(
            f"Loss per epoch ({len(losses)} epochs)", f"에포크별 손실 (에포크 {len(losses)}개)"
        ),
    )
    ax_grid.imshow(
        right,
        cmap="cividis",
        vmin=0,
        vmax=1,
        aspect="auto",
        interpolation="none",
        extent=(0.5, len(losses) + 0.5, len(target) - 0.5, -0.5),
    )
    ax_grid.set(
        xlabel=say("epoch", "에포크"),
        ylabel=say("target character", "목표 문자"),
        title=say(
            f"Right (yellow) or wrong (blue) per step {right.shape}",
            f"시점별 정답(노랑)과 오답(파랑) {right.shape}",
        ),
    )
    ax_grid.set_yticks(range(len(target)))
    ax_grid.set_yticklabels(
        ["␣" if c == " " else c for c in target],
        fontsize=9 if len(target) < 20 else 6,
        parse_math=False,
    )
    if first_right is not None:
        for ax in (ax_loss, ax_grid):
            ax.axvline(
                first_right,
                color=LINE_COLOURS[1],
                linestyle="--",
                linewidth=1.2,
                label=say(
                    f"first all right: epoch {first_right}",
                    f"처음으로 모두 맞힘: 에포크 {first_right}",
                ),
            )
        ax_loss.legend()
    fig.suptitle(title, parse_math=False)
    return fig


@_hangul_beside_math
def plot_training_curves(
    history,
    ax: Axes | None = None,
    title: str | None = None,
    log_y: bool = False,
    **options,
) -> Axes:
    """Plot per-epoch metrics: ``history`` maps a name to its values (Keras ``History.history``
    or a ``History`` object itself). Epochs are numbered from 1; curves may differ in length.
    ``options`` are those of ``plot_curves`` (``ylabel``, ``colours``, ``styles`` ...).
    ``title`` None gives "Training curves" in the language of ``helpers.i18n``.
    """
    curves = getattr(history, "history", history)
    if not isinstance(curves, Mapping):
        raise TypeError(
            say(
                f"history must map metric names to lists of values, got {describe(history)}",
                f"history에는 지표 이름마다 값의 리스트를 대응시킨 딕셔너리를 넣어야 합니다. "
                f"받은 값: {describe(history)}",
            )
        )
    if not curves:
        raise ValueError(
            say(
                "history is empty: expected at least one metric, e.g. {'loss': [...]}",
                "history에 아무것도 없습니다. {'loss': [...]}처럼 지표가 하나 이상 있어야 합니다",
            )
        )
    # Check every curve before drawing anything, so bad input leaves no half-drawn figure.
    checked = {
        str(name): as_float_array(values, f"history[{name!r}]", ndim=1)
        for name, values in curves.items()
    }
    if title is None:
        title = say("Training curves", "학습 곡선")
    return _draw_curves(checked, None, ax, title, log_y, "history", **options)


@_hangul_beside_math
def plot_curves(
    curves: Mapping[str, object],
    x=None,
    ax: Axes | None = None,
    title: str = "",
    log_y: bool = False,
    **options,
) -> Axes:
    """Lines over one x axis: ``curves`` maps a label to its values, ``x`` gives the positions
    (default 1, 2, ... like epochs or time steps; every curve then has one value per position).

    Options: ``xlabel`` (default "epoch"), ``ylabel`` (default "value"; both in the language of
    ``helpers.i18n``), ``colours`` and ``styles`` (a matplotlib
    format such as ``"o-"`` or ``"--"``) per label, ``reference`` = (value, label) for a dashed
    grey line, ``legend_columns``. A label that starts with a cell type ("SimpleRNN", "LSTM",
    "GRU") gets that cell's colour unless ``colours`` says otherwise; others the palette's.
    """
    if x is None:
        per = say("epoch, like the first", "첫 번째 곡선처럼 에포크")
        checked = _check_curves(curves, "curves", per=per)
    else:
        x = as_float_array(x, "x", ndim=1)
        per = say("position of x", "x의 위치")
        checked = _check_curves(curves, "curves", length=len(x), per=per)
    return _draw_curves(checked, x, ax, title, log_y, "curves", **options)


def _draw_curves(
    checked: dict[str, np.ndarray],
    x: np.ndarray | None,
    ax: Axes | None,
    title: str,
    log_y: bool,
    name: str,
    xlabel: str | None = None,
    ylabel: str | None = None,
    colours: Mapping[str, str] | None = None,
    styles: Mapping[str, str] | None = None,
    reference: tuple[float, str] | None = None,
    legend_columns: int = 1,
) -> Axes:
    if xlabel is None:
        xlabel = say("epoch", "에포크")
    if ylabel is None:
        ylabel = say("value", "값")
    _check_text(title, "title")
    _check_text(xlabel, "xlabel")
    _check_text(ylabel, "ylabel")
    colours = _check_label_map(colours, "colours", checked, name, "colour")
    styles = _check_label_map(styles, "styles", checked, name, "line format such as 'o-'")
    if reference is not None and (
        not isinstance(reference, tuple) or len(reference) != 2 or not isinstance(reference[1], str)
    ):
        raise TypeError(
            say(
                f"reference must be (value, label), got {describe(reference)}",
                f"reference에는 (값, 레이블) 쌍을 넣어야 합니다. 받은 값: {describe(reference)}",
            )
        )
    legend_columns = as_positive_int(legend_columns, "legend_columns")
    if as_flag(log_y, "log_y"):
        for label, values in checked.items():
            if values.min() <= 0:  # a log axis would silently drop these points
                at = int(np.argmax(values <= 0))
                where = (
                    say(f"epoch {at + 1}", f"에포크 {at + 1}") if x is None else f"x = {x[at]:g}"
                )
                raise ValueError(
                    say(
                        f"log_y needs positive values, but {name}[{label!r}] is "
                        f"{values[at]:g} at {where}: use log_y=False",
                        f"log_y에는 양수 값만 쓸 수 있는데, {name}[{label!r}]의 값이 {where}에서 "
                        f"{values[at]:g}입니다. log_y=False를 쓰십시오",
                    )
                )
    ax = _axes(ax, figsize=(6, 3.5))
    line_colours = _line_colours(checked, colours)
    for label, values in checked.items():
        colour = line_colours[label]
        positions = np.arange(1, len(values) + 1) if x is None else x
        ax.plot(
            positions,
            values,
            styles.get(label, "-"),
            label=label,
            color=colour,
            linewidth=1.8,
        )
    if reference is not None:
        value, text = reference
        ax.axhline(float(value), color="gray", linestyle="--", linewidth=1, label=text)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if log_y:
        ax.set_yscale("log")
    ax.set_title(title)
    ax.legend(ncols=legend_columns, fontsize=8 if legend_columns > 1 else None)
    ax.grid(alpha=0.3)
    return ax


def _check_curves(
    curves: object, name: str, length: int | None = None, per: str | None = None
) -> dict[str, np.ndarray]:
    """``curves`` as {label: 1-D float array}, every array ``length`` long (if given) or as long
    as the first; ``per`` says what each value stands for, in the message (default: a start
    value), in the language of ``helpers.i18n``."""
    if per is None:
        per = say("start value", "시작값")
    if not isinstance(curves, Mapping) or not curves:
        raise TypeError(
            say(
                f"{name} must map a label to a 1-D array of values, got {describe(curves)}",
                f"{name}에는 레이블마다 1차원 값 배열을 대응시킨 딕셔너리를 넣어야 합니다. "
                f"받은 값: {describe(curves)}",
            )
        )
    checked = {}
    for label, values in curves.items():
        _check_text(label, say(f"{name} label", f"{name}의 레이블"), typeset=str(label))
        checked[label] = as_float_array(values, f"{name}[{label!r}]", ndim=1)
        expected = length if length is not None else len(next(iter(checked.values())))
        if len(checked[label]) != expected:
            raise ValueError(
                say(
                    f"{name}[{label!r}] has {len(checked[label])} values, expected {expected}: "
                    f"one per {per}",
                    f"{name}[{label!r}]의 값이 {len(checked[label])}개입니다. 기대한 개수: "
                    f"{expected} ({per}마다 하나)",
                )
            )
    return checked


@_hangul_beside_math
def plot_gradient_norms(
    norms,
    ax: Axes | None = None,
    linestyles: Mapping[str, str] | None = None,
    title: str | None = None,
    reference: float | None = None,
    ylim: tuple[float, float] | None = None,
) -> Axes:
    """Gradient norms against the distance T - t, on a log scale (05's vanishing gradients).

    ``norms`` maps a label to the norms at distances 0, 1, 2, ...; a label that starts with a
    cell type ("SimpleRNN", "LSTM", "GRU") gets that cell's colour, others the palette's.
    ``linestyles`` maps a label to a line style (default solid). ``reference`` draws a dotted
    horizontal line at that value (a curve's value at distance 1, to read the decay against).
    ``title`` None gives "Gradient of the last state" and the norm, in the language of
    ``helpers.i18n``.
    """
    checked = _check_curves(
        norms, "norms", per=say("distance, like the first", "첫 번째 곡선처럼 거리")
    )
    for label, values in checked.items():
        if values.min() <= 0:  # a log axis would silently drop these points
            raise ValueError(
                say(
                    f"norms[{label!r}] has {values.min():g} at distance {int(values.argmin())}: "
                    f"gradient norms must be positive to draw them on a log scale",
                    f"norms[{label!r}]의 값이 거리 {int(values.argmin())}에서 {values.min():g}"
                    f"입니다. 로그 눈금에 그리려면 기울기 노름이 양수여야 합니다",
                )
            )
    linestyles = _check_label_map(linestyles, "linestyles", checked, "norms", "line style")
    if title is None:
        title = say(
            r"Gradient of the last state, $\|\partial h_T / \partial x_t\|$",
            r"마지막 상태의 기울기, $\|\partial h_T / \partial x_t\|$",
        )
    _check_text(title, "title")
    ax = _axes(ax, figsize=(8, 4))
    line_colours = _line_colours(checked)
    for label, values in checked.items():
        colour = line_colours[label]
        ax.semilogy(
            np.arange(len(values)),
            values,
            linestyles.get(label, "-"),
            color=colour,
            linewidth=2,
            label=label,
        )
    if reference is not None:
        ax.axhline(float(reference), color="gray", linewidth=0.8, linestyle=":")
    ax.set(
        title=title,
        xlabel=say(
            "distance T - t (steps back from the last input)",
            "거리 T - t (마지막 입력에서 거슬러 간 시점 수)",
        ),
        ylabel=say("gradient norm (log scale)", "기울기 노름 (로그 눈금)"),
    )
    if ylim is not None:
        ax.set_ylim(*ylim)
    ax.grid(alpha=0.3, which="both")
    ax.legend(loc="upper left" if ylim is not None else "best")
    return ax


@_hangul_beside_math
def plot_lstm_memory(
    inputs,
    trace: Mapping[str, object],
    correlation,
    title: str = "",
    correlation_title: str | None = None,
):
    """An LSTM on one sequence: the inputs (step 1 highlighted: the value to remember), its
    gates i, f, o and cell states c per cell and step, and ``correlation`` (steps, cells) of each
    cell state with the remembered value over a test set (05b, section 3). Returns the Figure.

    ``inputs`` is (T,); ``trace`` maps "i", "f", "o", "c" to (T, cells) arrays.
    ``correlation_title`` None gives "correlation of $c_t$ with $x_1$ over the test set" in the
    language of ``helpers.i18n``, as are the figure's other labels.
    """
    inputs = as_float_array(inputs, "inputs", ndim=1)
    steps = len(inputs)
    panels = {}
    for key in ("i", "f", "o", "c"):
        if not isinstance(trace, Mapping) or key not in trace:
            raise TypeError(
                say(
                    f"trace must map 'i', 'f', 'o' and 'c' to (steps, cells) arrays, "
                    f"got {describe(trace)}",
                    f"trace에는 'i', 'f', 'o', 'c'마다 (steps, cells) 배열을 대응시킨 딕셔너리를 "
                    f"넣어야 합니다. 받은 값: {describe(trace)}",
                )
            )
        panels[key] = as_float_array(trace[key], f"trace[{key!r}]", ndim=2)
    correlation = as_float_array(correlation, "correlation", ndim=2)
    cells = panels["i"].shape[1]
    for name, values in [
        *((f"trace[{k!r}]", v) for k, v in panels.items()),
        ("correlation", correlation),
    ]:
        if values.shape != (steps, cells):
            raise ValueError(
                say(
                    f"{name} has shape {values.shape}, expected (steps, cells) = "
                    f"({steps}, {cells}): one row per input step",
                    f"{name}의 형태가 {values.shape}입니다. 기대한 형태: (steps, cells) = "
                    f"({steps}, {cells}) (입력 시점마다 한 행)",
                )
            )
    _check_text(title, "title")
    if correlation_title is None:
        correlation_title = say(
            "correlation of $c_t$ with $x_1$ over the test set",
            "테스트 데이터에서 $c_t$와 $x_1$의 상관관계",
        )
    _check_text(correlation_title, "correlation_title")
    # Fixed margins and a narrow column for the colour bars, rather than constrained layout:
    # the figure is redrawn on every move of 05's slider, and the layout cost half the redraw.
    fig = plt.figure(figsize=(10, 9.5))
    grid = fig.add_gridspec(
        6,
        2,
        width_ratios=[1, 0.015],
        height_ratios=[1, 0.9, 0.9, 0.9, 0.9, 0.9],
        left=0.07,
        right=0.955,
        top=0.965,
        bottom=0.055,
        hspace=0.42,
        wspace=0.015,
    )
    axes = [fig.add_subplot(grid[0, 0])]
    axes += [fig.add_subplot(grid[row, 0], sharex=axes[0]) for row in range(1, 6)]
    colour_bars = [fig.add_subplot(grid[row, 1]) for row in range(1, 6)]
    step_numbers = np.arange(1, steps + 1)
    axes[0].bar(step_numbers, inputs, color="gray")
    axes[0].bar(
        [1],
        inputs[:1],
        color=CELL_COLOURS["LSTM"],
        label=say("$x_1$: remember this", "$x_1$: 기억할 값"),
    )
    axes[0].set(ylabel=say("value $x_t$", "값 $x_t$"), title=title)
    axes[0].legend(loc="upper right")
    extent = (0.5, steps + 0.5, cells + 0.5, 0.5)  # steps and cells both counted from 1
    c_max = max(np.abs(panels["c"]).max(), 1e-12)
    rows = [
        (
            panels["i"],
            say("input gate $i_t$ (write)", "입력 게이트 $i_t$ (쓰기)"),
            "viridis",
            (0, 1),
        ),
        (
            panels["f"],
            say("forget gate $f_t$ (keep)", "망각 게이트 $f_t$ (유지)"),
            "viridis",
            (0, 1),
        ),
        (
            panels["o"],
            say("output gate $o_t$ (read)", "출력 게이트 $o_t$ (읽기)"),
            "viridis",
            (0, 1),
        ),
        (panels["c"], say("cell state $c_t$", "셀 상태 $c_t$"), "RdBu_r", (-c_max, c_max)),
        (correlation, correlation_title, "RdBu_r", (-1, 1)),
    ]
    size = say(f"({cells} cells x {steps} steps)", f"(셀 {cells}개 x 시점 {steps}개)")
    for ax, bar, (values, name, cmap, (low, high)) in zip(axes[1:], colour_bars, rows, strict=True):
        image = ax.imshow(values.T, cmap=cmap, vmin=low, vmax=high, aspect="auto", extent=extent)
        ax.set(
            ylabel=say("cell", "셀"),
            yticks=range(1, cells + 1),
            title=name if values is correlation else f"{name}  {size}",
        )
        fig.colorbar(image, cax=bar)
    for ax in axes[:-1]:
        ax.tick_params(labelbottom=False)  # one time axis, at the bottom
    axes[-1].set_xlabel(say("time step t", "시점 t"))
    return fig


@_hangul_beside_math
def plot_window_and_errors(
    window,
    target: float,
    predictions: Mapping[str, float],
    starts,
    errors: Mapping[str, object],
    trained_on: Mapping[str, tuple[float, float]],
    start: float,
):
    """03's "slide the window" figure. Left: one input ``window``, its ``target`` and each
    model's prediction. Right: each model's absolute error for every value in ``starts`` (log
    scale), the start values it was trained on shaded, and a dashed line at ``start``.
    Returns the Figure; its titles, labels and legend are in the language of ``helpers.i18n``.
    """
    window = as_float_array(window, "window", ndim=1)
    starts = as_float_array(starts, "starts", ndim=1)
    checked = _check_curves(errors, "errors", length=len(starts))
    if not isinstance(predictions, Mapping) or set(predictions) != set(checked):
        raise TypeError(
            say(
                f"predictions must map the same model names as errors ({sorted(checked)}) to one "
                f"prediction each, got {describe(predictions)}",
                f"predictions에는 errors와 같은 모델 이름({sorted(checked)})마다 예측 하나를 "
                f"대응시킨 딕셔너리를 넣어야 합니다. 받은 값: {describe(predictions)}",
            )
        )
    if not isinstance(trained_on, Mapping) or set(trained_on) != set(checked):
        raise TypeError(
            say(
                f"trained_on must map the same model names as errors ({sorted(checked)}) to "
                f"(lowest, highest) start trained on, got {describe(trained_on)}",
                f"trained_on에는 errors와 같은 모델 이름({sorted(checked)})마다 학습한 시작값의 "
                f"(최저, 최고)를 대응시킨 딕셔너리를 넣어야 합니다. "
                f"받은 값: {describe(trained_on)}",
            )
        )
    colours = {
        name: LINE_COLOURS[1 + i % (len(LINE_COLOURS) - 1)] for i, name in enumerate(checked)
    }
    fig, (ax_w, ax_e) = plt.subplots(1, 2, figsize=(12, 3.8), layout="constrained")
    steps = np.arange(1, len(window) + 1)
    ax_w.plot(
        steps, window, "o-", color=LINE_COLOURS[0], label=say("window (input)", "윈도 (입력)")
    )
    ax_w.plot(
        len(window) + 1,
        float(target),
        "s",
        markersize=14,
        markerfacecolor="none",
        markeredgecolor="black",
        markeredgewidth=1.5,
        label=say(f"target {float(target):.1f}", f"목표값 {float(target):.1f}"),
    )
    for name, prediction in predictions.items():
        ax_w.plot(
            len(window) + 1,
            float(prediction),
            "*",
            markersize=13,
            color=colours[name],
            label=f"{name}: {float(prediction):.3f}",
        )
    ax_w.set(
        title=say(
            f"window starting at s = {window[0]:.1f}, shape (1, {len(window)}, 1) -> next value",
            f"s = {window[0]:.1f}에서 시작하는 윈도, 형태 (1, {len(window)}, 1) -> 다음 값",
        ),
        xlabel=say("time step t", "시점 t"),
        ylabel=say("value", "값"),
        xticks=range(1, len(window) + 2),
    )
    ax_w.legend(fontsize=8, loc="upper left")

    for name, values in checked.items():
        low, high = trained_on[name]
        trained = say(f"{name} trained on", f"{name} 학습 범위")
        ax_e.axvspan(low, high, color=colours[name], alpha=0.12, label=trained)
        ax_e.plot(starts, values, color=colours[name], label=name)
    ax_e.axvline(float(start), color="black", linestyle="--", linewidth=1)
    floor = min(max(values.min(), 1e-12) for values in checked.values()) / 2  # show every point
    ax_e.set(
        title=say(
            "|prediction - target| for every start s (shaded: trained on)",
            "모든 시작값 s에서의 |예측 - 목표값| (음영: 학습 범위)",
        ),
        xlabel=say("start value s of the window", "윈도의 시작값 s"),
        ylabel=say("absolute error (log scale)", "절대 오차 (로그 눈금)"),
        yscale="log",
        ylim=(floor, 3),
    )
    ax_e.legend(fontsize=8, loc="upper left")
    return fig


@_hangul_beside_math
def plot_rnn_shapes(units: int, features: int, timesteps: int, shapes: Mapping[str, tuple]):
    """02's "Try it" figure for ``SimpleRNN(units)`` on (timesteps, features) inputs: its three
    weight arrays as bars with their parameter counts, and ``shapes`` (a label for each output
    shape, as Keras reports it) as text. Returns the Figure, in the language of ``helpers.i18n``.
    """
    units = as_positive_int(units, "units")
    features = as_positive_int(features, "features")
    timesteps = as_positive_int(timesteps, "timesteps")
    if not isinstance(shapes, Mapping) or not all(isinstance(s, tuple) for s in shapes.values()):
        raise TypeError(
            say(
                f"shapes must map a label to a shape tuple, got {describe(shapes)}",
                f"shapes에는 레이블마다 형태 튜플을 대응시킨 딕셔너리를 넣어야 합니다. "
                f"받은 값: {describe(shapes)}",
            )
        )
    parts = {
        f"kernel\n(input_dim, units)\n= ({features}, {units})": units * features,
        f"recurrent_kernel\n(units, units)\n= ({units}, {units})": units * units,
        f"bias\n(units,)\n= ({units},)": units,
    }
    count = sum(parts.values())
    fig, (ax_bar, ax_text) = plt.subplots(
        1, 2, figsize=(11, 3.4), width_ratios=[1, 1.1], layout="constrained"
    )
    bars = ax_bar.bar(list(parts), list(parts.values()), color=LINE_COLOURS[:3])
    ax_bar.bar_label(bars, padding=2)
    ax_bar.set(
        ylim=(0, max(300, 1.15 * max(parts.values()))),
        ylabel=say("parameters", "파라미터"),
        title=say("parameters", "파라미터 수")
        + f": {units}·{features} + {units}·{units} + {units} = {count}",
    )
    ax_text.axis("off")
    lines = [f"{label:<37}{tuple(shape)}" for label, shape in shapes.items()]
    lines += [
        "",
        say(
            "None = any batch size (keras.Input leaves it open)",
            "None = 아무 배치 크기 (keras.Input이 정하지 않고 열어 둠)",
        ),
        say(
            f"timesteps {timesteps} changes the shapes, not the {count} parameters",
            f"timesteps = {timesteps}: 형태는 바뀌어도 파라미터 {count}개는 그대로",
        ),
    ]
    ax_text.text(  # the Hangul font behind the monospace one, for the Korean lines
        0, 0.5, "\n".join(lines), family=["monospace", HANGUL_FONT], fontsize=10.5, va="center"
    )
    ax_text.set_title(say("output shapes", "출력 형태"))
    return fig


@_hangul_beside_math
def plot_memory_cell(inputs, states, step: int, label: str = ""):
    """01's memory-cell figure: the inputs (step ``step`` outlined), the states, and the state
    at ``step`` as bars against the saturation threshold ``helpers.reference.SATURATED``.
    ``inputs`` is (timesteps, features) in [0, 1], ``states`` (timesteps, units); ``label``
    names the setting in the titles. Returns the Figure, in the language of ``helpers.i18n``.
    """
    from helpers.reference import SATURATED  # one threshold for the course

    inputs = as_float_array(inputs, "inputs", ndim=2)
    states = as_float_array(states, "states", ndim=2)
    timesteps, features = inputs.shape
    if len(states) != timesteps:
        raise ValueError(
            say(
                f"states has {len(states)} time steps but inputs has {timesteps}: expected one "
                f"state per input step",
                f"states의 시점은 {len(states)}개인데 inputs의 시점은 {timesteps}개입니다. 입력 "
                f"시점마다 상태가 하나씩 있어야 합니다",
            )
        )
    step = as_int_in_range(step, "step", 1, timesteps)
    _check_text(label, "label")
    units = states.shape[1]
    fig, (ax_x, ax_h, ax_t) = plt.subplots(
        1, 3, figsize=(13, 3.6), width_ratios=[1, 1.5, 0.8], layout="constrained"
    )
    image = ax_x.imshow(
        inputs.T,
        cmap="viridis",
        vmin=0,
        vmax=1,
        aspect="auto",
        extent=(0.5, timesteps + 0.5, features + 0.5, 0.5),
    )
    ax_x.add_patch(plt.Rectangle((step - 0.5, 0.5), 1, features, fill=False, linewidth=2.5))
    ax_x.set(
        title=say(f"Inputs $x_t$  {inputs.shape}", f"입력 $x_t$  {inputs.shape}"),
        xlabel=say("time step $t$", "시점 $t$"),
        ylabel=say("input feature", "입력 특성"),
        xticks=range(1, timesteps + 1),
        yticks=range(1, features + 1),
    )
    fig.colorbar(image, ax=ax_x, label=say("input value", "입력값"))
    plot_hidden_states(
        states, ax=ax_h, title=say("States $h_t$", "상태 $h_t$"), highlight_step=step
    )
    ax_t.barh(range(1, units + 1), states[step - 1], color=LINE_COLOURS[0])
    for edge in (-SATURATED, SATURATED):
        ax_t.axvline(edge, color=LINE_COLOURS[1], linestyle="--")
    ax_t.set(
        xlim=(-1.05, 1.05),
        ylim=(units + 0.5, 0.5),
        yticks=range(1, units + 1),
        xlabel=say("value", "값"),
        title=f"$h_{{{step}}}$ ({label})" if label else f"$h_{{{step}}}$",
    )
    saturated = (np.abs(states) > SATURATED).mean()
    fig.suptitle(
        (label + ": " if label else "")
        + say(
            f"{saturated:.0%} of the states beyond ±{SATURATED}",
            f"±{SATURATED} 밖의 상태 {saturated:.0%}",
        )
    )
    return fig


def _check_rows(rows: object, name: str, length: int) -> dict[str, np.ndarray]:
    """``rows`` as {label: 1-D array of ``length`` values in [0, 1]} (probabilities)."""
    checked = _check_curves(rows, name, length=length)
    for label, values in checked.items():
        if values.min() < 0 or values.max() > 1:
            raise ValueError(
                say(
                    f"{name}[{label!r}] has values from {values.min():g} to {values.max():g}: "
                    f"expected probabilities between 0 and 1",
                    f"{name}[{label!r}]의 값이 {values.min():g}부터 {values.max():g}까지입니다. "
                    f"0과 1 사이의 확률이어야 합니다",
                )
            )
    return checked


@_hangul_beside_math
def plot_sequence_predictions(values, labels, probabilities: Mapping[str, object], title: str):
    """04's prediction figure for one sequence: its ``values`` x_t above, and below a grid of
    its 0/1 ``labels`` and each model's probability per step (``probabilities`` maps a model
    name to T values), with every wrong call (probability on the wrong side of 0.5) outlined.
    Returns the Figure; the number wrong per model is in the grid's title. The figure's own
    labels are in the language of ``helpers.i18n``.
    """
    values = as_float_array(values, "values", ndim=1)
    steps = len(values)
    labels = as_float_array(labels, "labels", ndim=1)
    if len(labels) != steps or not np.isin(labels, (0, 1)).all():
        raise ValueError(
            say(
                f"labels must be {steps} values, each 0 or 1 (one per step), got {labels}",
                f"labels에는 0이나 1인 값을 {steps}개(시점마다 하나) 넣어야 합니다. "
                f"받은 값: {labels}",
            )
        )
    checked = _check_rows(probabilities, "probabilities", length=steps)
    _check_text(title, "title")
    rows = np.stack([labels, *checked.values()])  # (1 + models, T)
    names = [say("true label", "정답 레이블"), *checked]
    positions = np.arange(1, steps + 1)
    fig, (ax_x, ax_p) = plt.subplots(2, 1, figsize=(10, 5), sharex=True, layout="constrained")
    ax_x.plot(positions, values, "o-", color="black")
    ax_x.set(
        title=say(f"{title}: values $x_t$  {values.shape}", f"{title}: 값 $x_t$  {values.shape}"),
        ylabel="$x_t$",
        ylim=(-0.05, 1.05),
    )
    ax_p.imshow(
        rows,
        cmap="cividis",
        vmin=0,
        vmax=1,
        aspect="auto",
        extent=(0.5, steps + 0.5, len(rows) - 0.5, -0.5),
    )
    wrong = {}
    for r, row in enumerate(rows):
        for t, p in enumerate(row):
            text = f"{p:.2f}" if r else f"{p:.0f}"
            colour = "white" if p < 0.5 else "black"
            ax_p.text(t + 1, r, text, ha="center", va="center", color=colour)
        if r:
            misses = np.flatnonzero((row > 0.5) != labels)
            wrong[names[r]] = len(misses)
            for t in misses:
                box = plt.Rectangle((t + 0.55, r - 0.45), 0.9, 0.9, fill=False, linewidth=2.5)
                box.set_edgecolor(LINE_COLOURS[1])
                ax_p.add_patch(box)
    counts = ", ".join(f"{name} {count}" for name, count in wrong.items())
    ax_p.set(
        yticks=range(len(rows)),
        yticklabels=names,
        xticks=positions,
        xlabel=say("time step $t$", "시점 $t$"),
        title=say(
            f"$P(x_{{t+1}} > x_t)$ per step  {rows.shape}; wrong: {counts}",
            f"시점별 $P(x_{{t+1}} > x_t)$  {rows.shape}; 오답: {counts}",
        ),
    )
    return fig


@_hangul_beside_math
def plot_state_changes(changes: Mapping[str, object], step: int):
    """04's "what a new input changes" figure: for each name in ``changes``, a (timesteps,
    units) array of state differences, side by side on one colour scale centred on 0, with a
    dashed line at the changed input ``step`` (1-based). Returns the Figure, in the language of
    ``helpers.i18n``.
    """
    if not isinstance(changes, Mapping) or not changes:
        raise TypeError(
            say(
                f"changes must map a name to a (timesteps, units) array, got {describe(changes)}",
                f"changes에는 이름마다 (timesteps, units) 배열을 대응시킨 딕셔너리를 넣어야 "
                f"합니다. 받은 값: {describe(changes)}",
            )
        )
    checked = {}
    for name, values in changes.items():
        _check_text(name, say("changes name", "changes의 이름"), typeset=str(name))
        checked[name] = as_float_array(values, f"changes[{name!r}]", ndim=2)
    shapes = {values.shape for values in checked.values()}
    if len(shapes) > 1:
        raise ValueError(
            say(
                f"every array in changes must have the same shape, got {sorted(shapes)}",
                f"changes의 배열은 모두 형태가 같아야 합니다. 받은 형태: {sorted(shapes)}",
            )
        )
    ((timesteps, units),) = shapes
    step = as_int_in_range(step, "step", 1, timesteps)
    limit = max(max(np.abs(values).max() for values in checked.values()), 1e-12)
    fig, axes = plt.subplots(
        1, len(checked), figsize=(5.5 * len(checked), 3.4), sharey=True, layout="constrained"
    )
    axes = np.atleast_1d(axes)
    for ax, (name, values) in zip(axes, checked.items(), strict=True):
        image = ax.imshow(
            values.T,
            cmap="RdBu_r",
            vmin=-limit,
            vmax=limit,
            aspect="auto",
            extent=(0.5, timesteps + 0.5, units + 0.5, 0.5),
        )
        ax.axvline(step, color="black", linestyle="--", linewidth=1)
        ax.set(
            title=say(
                f"Change in {name} states after a new $x_{{{step}}}$  {values.shape}",
                f"새 $x_{{{step}}}$ 뒤 {name} 상태의 변화  {values.shape}",
            ),
            xlabel=say("time step $t$", "시점 $t$"),
            xticks=range(1, timesteps + 1),
            yticks=range(1, units + 1),
        )
    axes[0].set_ylabel(say("hidden unit", "은닉 유닛"))
    fig.colorbar(image, ax=list(axes), label=say("change in state", "상태의 변화"))
    return fig


@_hangul_beside_math
def plot_predictions_against_targets(
    points: Mapping[str, tuple],
    ax: Axes | None = None,
    title: str | None = None,
    markers: Mapping[str, str] | None = None,
    colours: Mapping[str, str] | None = None,
    limits: tuple[float, float] | None = None,
    shade: tuple[float, float, str] | None = None,
) -> Axes:
    """Each model's predictions against the targets, with the line prediction = target.

    ``points`` maps a label to (targets, predictions), two 1-D arrays of one length; a label
    that starts with a cell type gets that cell's colour unless ``colours`` says otherwise.
    ``markers`` gives a matplotlib marker per label (default "o"). ``limits`` = (low, high)
    fixes both axes (square); ``shade`` = (low, high, label) shades a band of targets.
    ``title`` None gives "Prediction against target" in the language of ``helpers.i18n``.
    """
    if not isinstance(points, Mapping) or not points:
        raise TypeError(
            say(
                f"points must map a label to (targets, predictions), got {describe(points)}",
                f"points에는 레이블마다 (targets, predictions) 쌍을 대응시킨 딕셔너리를 넣어야 "
                f"합니다. 받은 값: {describe(points)}",
            )
        )
    checked = {}
    for label, pair in points.items():
        _check_text(label, say("points label", "points의 레이블"), typeset=str(label))
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError(
                say(
                    f"points[{label!r}] must be a pair (targets, predictions), "
                    f"got {describe(pair)}",
                    f"points[{label!r}]에는 (targets, predictions) 쌍을 넣어야 합니다. "
                    f"받은 값: {describe(pair)}",
                )
            )
        name = f"points[{label!r}]"
        targets = as_float_array(
            pair[0], say(f"{name} targets", f"{name}의 targets"), ndim=(0, 1)
        ).ravel()
        predictions = as_float_array(
            pair[1], say(f"{name} predictions", f"{name}의 predictions"), ndim=(0, 1)
        )
        if predictions.size != targets.size:
            raise ValueError(
                say(
                    f"points[{label!r}] has {targets.size} targets but {predictions.size} "
                    f"predictions: expected one prediction per target",
                    f"points[{label!r}]의 목표값은 {targets.size}개인데 예측은 "
                    f"{predictions.size}개입니다. 목표값마다 예측이 하나씩 있어야 합니다",
                )
            )
        checked[label] = (targets, predictions.ravel())
    markers = _check_label_map(markers, "markers", checked, "points", "marker")
    colours = _check_label_map(colours, "colours", checked, "points", "colour")
    if title is None:
        title = say("Prediction against target", "목표값 대비 예측")
    _check_text(title, "title")
    ax = _axes(ax, figsize=(5, 5))
    if shade is not None:
        low, high, text = shade
        ax.axvspan(float(low), float(high), color=LINE_COLOURS[4], alpha=0.2, label=text)
    everything = np.concatenate([np.concatenate(pair) for pair in checked.values()])
    low, high = limits if limits is not None else (everything.min(), everything.max())
    diagonal = say("prediction = target", "예측 = 목표값")
    ax.plot([low, high], [low, high], color="black", linewidth=0.8, label=diagonal)
    line_colours = _line_colours(checked, colours)
    for label, (targets, predictions) in checked.items():
        marker = markers.get(label, "o")
        ax.plot(
            targets,
            predictions,
            marker,
            linestyle="none",
            markersize={"*": 14, "X": 9, ".": 6}.get(marker, 7),
            color=line_colours[label],
            alpha=0.7 if targets.size > 50 else 1.0,
            label=label,
        )
    ax.set(
        title=title,
        xlabel=say("target", "목표값"),
        ylabel=say("prediction", "예측"),
        aspect="equal",
    )
    if limits is not None:
        ax.set(xlim=limits, ylim=limits)
    ax.legend(fontsize=8, loc="upper left")
    return ax


@_hangul_beside_math
def plot_samples(texts: Sequence[str], probabilities, chars: Sequence[str], title: str):
    """06's sampling figure. Left: for the first sample ``texts[0]``, the probabilities of
    every next character at each step (``probabilities``: (len(texts[0]) - 1, len(chars))),
    the character drawn outlined. Right: the most common strings among ``texts`` and how
    often each was drawn. Returns the Figure; its own labels are in the language of
    ``helpers.i18n``.
    """
    if isinstance(texts, str) or not isinstance(texts, Sequence) or not texts:
        raise TypeError(
            say(
                f"texts must be a list of sampled strings, got {describe(texts)}",
                f"texts에는 샘플링한 문자열의 리스트를 넣어야 합니다. 받은 값: {describe(texts)}",
            )
        )
    if not all(isinstance(text, str) and text for text in texts):
        raise TypeError(
            say(
                f"texts must hold non-empty strings only, got {describe(texts)}",
                f"texts에는 비어 있지 않은 문자열만 넣어야 합니다. 받은 값: {describe(texts)}",
            )
        )
    if isinstance(chars, str):
        chars = list(chars)
    if not isinstance(chars, Sequence) or not all(
        isinstance(c, str) and len(c) == 1 for c in chars
    ):
        raise TypeError(
            say(
                f"chars must be the vocabulary's characters in order, got {describe(chars)}",
                f"chars에는 어휘의 문자를 순서대로 넣어야 합니다. 받은 값: {describe(chars)}",
            )
        )
    first = texts[0]
    probabilities = as_float_array(probabilities, "probabilities", ndim=2)
    if probabilities.shape != (len(first) - 1, len(chars)):
        raise ValueError(
            say(
                f"probabilities has shape {probabilities.shape}, expected "
                f"{(len(first) - 1, len(chars))}: one row per step after the start of "
                f"{first!r}, one column per character",
                f"probabilities의 형태가 {probabilities.shape}입니다. 기대한 형태: "
                f"{(len(first) - 1, len(chars))} ({first!r}의 첫 문자 뒤 시점마다 한 행, "
                f"문자마다 한 열)",
            )
        )
    unknown = sorted(set(first) - set(chars))
    if unknown:
        raise ValueError(
            say(
                f"texts[0] {first!r} has characters outside chars: {unknown}",
                f"texts[0] {first!r}에 chars에 없는 문자가 있습니다: {unknown}",
            )
        )
    _check_text(title, "title")
    fig, (ax_p, ax_s) = plt.subplots(1, 2, figsize=(12, 3.8), layout="constrained")
    image = ax_p.imshow(probabilities, cmap="viridis", vmin=0, vmax=1, aspect="auto")
    column = {char: k for k, char in enumerate(chars)}
    for t, char in enumerate(first[1:]):
        for k, p in enumerate(probabilities[t]):
            colour = "white" if p < 0.6 else "black"
            ax_p.text(k, t, f"{p:.2f}", ha="center", va="center", fontsize=8, color=colour)
        box = plt.Rectangle((column[char] - 0.5, t - 0.5), 1, 1, fill=False, linewidth=2.5)
        box.set_edgecolor(LINE_COLOURS[1])
        ax_p.add_patch(box)
    ax_p.set(
        xticks=range(len(chars)),
        xticklabels=list(chars),
        xlabel=say("next character", "다음 문자"),
        yticks=range(len(first) - 1),
        yticklabels=[
            say(f"after '{first[: t + 1]}'", f"'{first[: t + 1]}' 뒤")
            for t in range(len(first) - 1)
        ],
        title=say(
            f"Sample 1: softmax(logits / τ) per step {probabilities.shape}",
            f"샘플 1: 시점별 softmax(logits / τ) {probabilities.shape}",
        ),
    )
    fig.colorbar(image, ax=ax_p, label=say("probability", "확률"))
    common = Counter(texts).most_common(8)[::-1]
    ax_s.barh(range(len(common)), [count for _, count in common], color=LINE_COLOURS[0])
    ax_s.set(
        yticks=range(len(common)),
        yticklabels=[f"'{text}'" for text, _ in common],
        xlabel=say(f"how many of the {len(texts)} samples", f"샘플 {len(texts)}개 중 개수"),
        xlim=(0, len(texts)),
        title=say(
            f"{len(set(texts))} different strings among {len(texts)} samples",
            f"샘플 {len(texts)}개 중 서로 다른 문자열 {len(set(texts))}개",
        ),
    )
    fig.suptitle(title)
    return fig


@_hangul_beside_math
def plot_clipping_run(norms, losses, max_norm: float | None, untrained: float, title: str):
    """07's clipping figure: the global gradient norm before clipping (log scale, the threshold
    ``max_norm`` dashed unless None) and the training loss, per update, with the loss of an
    untrained model (``untrained``, e.g. ln of the vocabulary size) dotted. Returns the Figure,
    in the language of ``helpers.i18n``.
    """
    norms = as_float_array(norms, "norms", ndim=1)
    losses = as_float_array(losses, "losses", ndim=1)
    if len(norms) != len(losses) or not len(norms):
        raise ValueError(
            say(
                f"norms has {len(norms)} values and losses {len(losses)}: expected one of each "
                f"per update, at least one",
                f"norms의 값은 {len(norms)}개, losses의 값은 {len(losses)}개입니다. 업데이트마다 "
                f"하나씩, 적어도 하나는 있어야 합니다",
            )
        )
    if norms.min() <= 0:
        raise ValueError(
            say(
                f"norms must be positive for a log scale, got {norms.min():g}",
                f"norms에는 로그 눈금에 그릴 양수를 넣어야 합니다. 받은 값: {norms.min():g}",
            )
        )
    if max_norm is not None:
        max_norm = float(as_float_array(max_norm, "max_norm", ndim=0))
    untrained = float(as_float_array(untrained, "untrained", ndim=0))
    _check_text(title, "title")
    fig, (ax_norm, ax_loss) = plt.subplots(1, 2, figsize=(12, 3.6), layout="constrained")
    updates = np.arange(1, len(norms) + 1)
    ax_norm.semilogy(updates, norms, color=LINE_COLOURS[0], linewidth=1.5)
    if max_norm is not None:
        ax_norm.axhline(max_norm, color=LINE_COLOURS[1], linestyle="--", label=f"c = {max_norm:g}")
        ax_norm.legend()
    ax_norm.set(
        title=say("global gradient norm (before clipping)", "기울기의 전역 노름 (클리핑 전)"),
        xlabel=say("update", "업데이트"),
        ylabel=say("norm (log scale)", "노름 (로그 눈금)"),
    )
    ax_loss.plot(updates, losses, color=LINE_COLOURS[2], linewidth=1.5)
    ax_loss.axhline(
        untrained,
        color="gray",
        linestyle=":",
        label=say(f"untrained: {untrained:.2f}", f"학습 전: {untrained:.2f}"),
    )
    ax_loss.set(
        title=say("training loss per chunk", "덩어리별 학습 손실"),
        xlabel=say("update", "업데이트"),
        ylabel=say("cross-entropy", "교차 엔트로피"),
        ylim=(0, 12),
    )
    ax_loss.legend()
    for ax in (ax_norm, ax_loss):
        ax.grid(alpha=0.3)
    fig.suptitle(title)
    return fig


# --- Notebook 08: a text, character by character, coloured by what the model makes of it -------


@_hangul_beside_math
def plot_char_strips(
    text: str,
    rows: Mapping[str, Sequence[float] | np.ndarray],
    width: int = 60,
    title: str = "",
):
    """Draw ``text`` once per entry of ``rows``, each character on a background coloured by its
    value (Karpathy's "visualizing predictions and neuron firings").

    ``rows`` maps a label to one value per character of ``text``. A label that contains
    ``"loss"`` or ``"surprise"`` is drawn white (0) to red (its largest value); any other row is
    drawn blue (-1) to white (0) to red (+1), as a tanh-like activation. Lines wrap every
    ``width`` characters; a newline shows as ``↵``. Returns the ``Figure``.
    """
    if not isinstance(text, str):
        raise TypeError(_not_a_string(text, "text"))
    if not text:
        raise ValueError(
            say(
                "text is empty: expected at least one character to draw",
                "text에 문자가 없습니다. 그릴 문자가 하나 이상 있어야 합니다",
            )
        )
    if not isinstance(rows, Mapping) or not rows:
        raise TypeError(
            say(
                f"rows must be a dict of label -> one value per character, got {describe(rows)}",
                f"rows에는 레이블마다 문자별 값을 하나씩 대응시킨 딕셔너리를 넣어야 합니다. "
                f"받은 값: {describe(rows)}",
            )
        )
    width = as_positive_int(width, "width")
    _check_text(title, "title")
    arrays = {}
    for label, values in rows.items():
        _check_text(label, say("a label of rows", "rows의 레이블"))
        array = as_float_array(values, f"rows[{label!r}]", ndim=1)
        if len(array) != len(text):
            raise ValueError(
                say(
                    f"rows[{label!r}] has {len(array)} values for a text of {len(text)} "
                    f"characters: expected one value per character",
                    f"rows[{label!r}]의 값은 {len(array)}개인데 텍스트의 문자는 {len(text)}개"
                    f"입니다. 문자마다 값이 하나씩 있어야 합니다",
                )
            )
        arrays[label] = array
    lines = -(-len(text) // width)
    fig, axes = plt.subplots(
        len(arrays), 1, figsize=(0.16 * min(width, len(text)) + 1.2, 0.32 * lines * len(arrays)
                                  + 0.55 * len(arrays)),
        squeeze=False, layout="constrained",
    )  # fmt: skip
    for ax, (label, values) in zip(axes[:, 0], arrays.items(), strict=True):
        surprise = "loss" in label or "surprise" in label
        if surprise:
            cmap, low, high = plt.get_cmap("Reds"), 0.0, max(float(values.max()), 1e-9)
        else:
            cmap, low, high = plt.get_cmap("bwr"), -1.0, 1.0
        for i, (char, value) in enumerate(zip(text, values, strict=True)):
            row, col = divmod(i, width)
            colour = cmap(float(np.clip((value - low) / (high - low), 0, 1)) * 0.85)
            ax.add_patch(plt.Rectangle((col, -row - 1), 1, 1, facecolor=colour, edgecolor="none"))
            ax.text(
                col + 0.5, -row - 0.5, "↵" if char == "\n" else char,
                ha="center", va="center", family="monospace", fontsize=10,
            )  # fmt: skip
        ax.set_xlim(0, min(width, len(text)))
        ax.set_ylim(-lines, 0)
        ax.set_axis_off()
        ax.set_title(label, fontsize=10, loc="left")
    if title:
        fig.suptitle(title)
    return fig
