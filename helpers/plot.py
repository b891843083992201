"""Pictures for the lessons: hidden states over time, unrolled RNN diagrams, training curves.

Every function draws on the ``ax`` it is given (or a new one) and returns that ``Axes``, so a
notebook can place several side by side. Colours are safe for colour-blind readers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import cbook
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.mathtext import MathTextParser
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from helpers._validate import (
    as_flag,
    as_float_array,
    as_int_in_range,
    as_positive_int,
    describe,
)
from helpers.fonts import use_course_fonts

use_course_fonts()  # Hangul in any figure of the course renders, whatever fonts the system has

# Okabe-Ito: distinguishable with every common form of colour blindness.
LINE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
# One colour and marker per recurrent cell type, the same in every lesson's figures.
CELL_COLOURS = {"SimpleRNN": "#D55E00", "LSTM": "#0072B2", "GRU": "#009E73"}
CELL_MARKERS = {"SimpleRNN": "o-", "LSTM": "s-", "GRU": "^--"}


def _axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    elif not isinstance(ax, Axes):
        raise TypeError(f"ax must be a matplotlib Axes or None, got {describe(ax)}")
    return ax


def _check_text(value: object, name: str, typeset: str | None = None) -> None:
    """Require a string whose $...$ math matplotlib can typeset.

    Matplotlib parses math only when the figure is drawn, so a bad label would otherwise fail
    later, deep inside its parser. ``typeset`` is the label built from ``value``, if not itself.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {describe(value)}")
    label = value if typeset is None else typeset
    if not cbook.is_math_text(label):
        return
    try:
        MathTextParser("path").parse(label)
    except ValueError:
        raise ValueError(
            f"{name} {value!r} is not math that matplotlib can typeset (as {label!r}): check "
            f"its $...$ part for unbalanced braces, a _ or ^ with nothing after it, or an "
            f"unknown \\command"
        ) from None


def plot_hidden_states(
    states,
    ax: Axes | None = None,
    title: str = "Hidden states $h_t$",
    colorbar: bool = True,
    highlight_step: int | None = None,
) -> Axes:
    """Heatmap of hidden states: ``states`` of shape ``(timesteps, units)``.

    Time runs left to right, labelled from 1 as in h_1 ... h_T; one row per hidden unit, counted
    from 1 as well (the course counts steps and units alike in figures). The
    colour scale is fixed to [-1, 1], the range of tanh, so saturation (values near +-1) shows as
    the darkest colours. ``highlight_step`` (1-based, like the labels) outlines one time step.
    """
    values = as_float_array(states, "states", ndim=2)
    timesteps, units = values.shape
    if highlight_step is not None:
        highlight_step = as_int_in_range(highlight_step, "highlight_step", 1, timesteps)
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
    ax.set_xlabel("time step $t$")
    ax.set_ylabel("hidden unit")
    ax.set_title(f"{title}  shape {values.shape}")
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
        ax.figure.colorbar(image, ax=ax, label="value (tanh range)")
    return ax


def _check_steps(steps: Sequence[int] | None, timesteps: int, name: str) -> list[int]:
    if steps is None:
        return list(range(1, timesteps + 1))
    if not isinstance(steps, Iterable):
        raise TypeError(
            f"{name} must be a list of step numbers such as [1, 3], got {describe(steps)}"
        )
    result = []
    for step in steps:
        step = as_positive_int(step, name + " entry")
        if step > timesteps:
            raise ValueError(f"{name} names step {step}, but there are only {timesteps} steps")
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


def draw_unrolled_rnn(
    timesteps: int = 4,
    ax: Axes | None = None,
    inputs_at: Sequence[int] | None = None,
    outputs_at: Sequence[int] | None = None,
    cell_label: str = "cell",
    input_symbol: str = "x",
    output_symbol: str = "h",
    title: str | None = None,
) -> Axes:
    """Draw an RNN unrolled over ``timesteps`` steps (1-based labels).

    One box per step, the hidden state passed right from box to box (starting from ``h_0``),
    an input arrow below at each step in ``inputs_at`` and an output arrow above at each step in
    ``outputs_at`` (default: every step). Choosing them draws one-to-many, many-to-one and so on.
    """
    timesteps = as_positive_int(timesteps, "timesteps")
    if timesteps > 12:
        raise ValueError(f"timesteps {timesteps} is too many to draw legibly: use at most 12")
    inputs = _check_steps(inputs_at, timesteps, "inputs_at")
    outputs = _check_steps(outputs_at, timesteps, "outputs_at")
    _check_text(cell_label, "cell_label")
    for symbol, name in ((input_symbol, "input_symbol"), (output_symbol, "output_symbol")):
        _check_text(symbol, name, typeset=f"${symbol}_{{1}}$")
        if not symbol:
            raise ValueError(f"{name} must not be empty: use a letter such as 'x' or 'h'")
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


def draw_bidirectional_rnn(timesteps: int = 4, ax: Axes | None = None) -> Axes:
    """Draw a bidirectional RNN unrolled over ``timesteps`` steps (1-based labels).

    A forward cell per step passes its state right, a backward cell above it passes its state
    left; every input ``x_t`` feeds both, and the output at step t is the pair of their states,
    ``[h_t forward; h_t backward]``.
    """
    timesteps = as_positive_int(timesteps, "timesteps")
    if timesteps > 8:
        raise ValueError(f"timesteps {timesteps} is too many to draw legibly: use at most 8")
    ax = _axes(ax, figsize=(2.3 * timesteps + 1, 4.4))
    forward, backward = LINE_COLOURS[0], LINE_COLOURS[1]
    gap, half = 2.4, 0.6  # distance between steps, half the width of a box
    for i in range(1, timesteps + 1):
        x = gap * (i - 1)
        _cell_box(ax, x, 0.0, (2 * half, 0.64), "forward", forward)
        _cell_box(ax, x, 1.3, (2 * half, 0.64), "backward", backward)
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
    ax.set_title("Bidirectional RNN: forward states flow right, backward states flow left")
    return ax


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
        raise TypeError(f"target must be a non-empty string, got {describe(target)}")
    if not isinstance(title, str):
        raise TypeError(f"title must be a string, got {describe(title)}")
    if isinstance(predictions, str) or not all(isinstance(p, str) for p in predictions):
        raise TypeError(
            f"predictions must be a list of predicted strings, one per epoch, got "
            f"{describe(predictions)}"
        )
    if len(predictions) != len(losses):
        raise ValueError(
            f"predictions has {len(predictions)} strings but losses {len(losses)} values: "
            f"expected one of each per epoch"
        )
    wrong_length = [k + 1 for k, p in enumerate(predictions) if len(p) != len(target)]
    if wrong_length:
        raise ValueError(
            f"the prediction after epoch {wrong_length[0]} has "
            f"{len(predictions[wrong_length[0] - 1])} characters, the target {len(target)}"
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
        xlabel="epoch",
        ylabel="mean cross-entropy (log scale)",
        title=f"Loss per epoch ({len(losses)} epochs)",
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
        xlabel="epoch",
        ylabel="target character",
        title=f"Right (yellow) or wrong (blue) per step {right.shape}",
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
                label=f"first all right: epoch {first_right}",
            )
        ax_loss.legend()
    fig.suptitle(title, parse_math=False)
    return fig


def plot_training_curves(
    history,
    ax: Axes | None = None,
    title: str = "Training curves",
    log_y: bool = False,
) -> Axes:
    """Plot per-epoch metrics: ``history`` maps a name to its values (Keras ``History.history``
    or a ``History`` object itself). Epochs are numbered from 1.
    """
    curves = getattr(history, "history", history)
    if not isinstance(curves, Mapping):
        raise TypeError(
            f"history must map metric names to lists of values, got {describe(history)}"
        )
    if not curves:
        raise ValueError("history is empty: expected at least one metric, e.g. {'loss': [...]}")
    # Check every curve before drawing anything, so bad input leaves no half-drawn figure.
    checked = {
        str(name): as_float_array(values, f"history[{name!r}]", ndim=1)
        for name, values in curves.items()
    }
    _check_text(title, "title")
    if as_flag(log_y, "log_y"):
        for name, values in checked.items():
            if values.min() <= 0:  # a log axis would silently drop these points
                epoch = int(np.argmax(values <= 0)) + 1
                raise ValueError(
                    f"log_y needs positive values, but history[{name!r}] is "
                    f"{values[epoch - 1]:g} at epoch {epoch}: use log_y=False"
                )
    ax = _axes(ax, figsize=(6, 3.5))
    for i, (name, values) in enumerate(checked.items()):
        ax.plot(
            np.arange(1, len(values) + 1),
            values,
            label=name,
            color=LINE_COLOURS[i % len(LINE_COLOURS)],
            linewidth=1.8,
        )
    ax.set_xlabel("epoch")
    ax.set_ylabel("value")
    if log_y:
        ax.set_yscale("log")
    ax.set_title(title)
    ax.legend()
    ax.grid(alpha=0.3)
    return ax
