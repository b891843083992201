"""Pictures for the lessons: hidden states over time, unrolled RNN diagrams, training curves.

Every function draws on the ``ax`` it is given (or a new one) and returns that ``Axes``, so a
notebook can place several side by side. Colours are safe for colour-blind readers.
"""

from __future__ import annotations

from collections import Counter
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
        for line in label.split("\n"):  # matplotlib typesets a title line by line
            if cbook.is_math_text(line):
                MathTextParser("path").parse(line)
    except ValueError:
        raise ValueError(
            f"{name} {value!r} is not math that matplotlib can typeset (as {label!r}): check "
            f"its $...$ part for unbalanced braces, a _ or ^ with nothing after it, or an "
            f"unknown \\command"
        ) from None


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
    """An optional mapping from some of ``labels`` to a setting (colour, line style, marker)."""
    if given is None:
        return {}
    if not isinstance(given, Mapping) or set(given) - set(labels):
        raise TypeError(
            f"{option} must map labels of {name} ({sorted(labels)}) to a {wanted}, got "
            f"{describe(given)}"
        )
    return dict(given)


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
    **options,
) -> Axes:
    """Plot per-epoch metrics: ``history`` maps a name to its values (Keras ``History.history``
    or a ``History`` object itself). Epochs are numbered from 1; curves may differ in length.
    ``options`` are those of ``plot_curves`` (``ylabel``, ``colours``, ``styles`` ...).
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
    return _draw_curves(checked, None, ax, title, log_y, "history", **options)


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

    Options: ``xlabel`` (default "epoch"), ``ylabel``, ``colours`` and ``styles`` (a matplotlib
    format such as ``"o-"`` or ``"--"``) per label, ``reference`` = (value, label) for a dashed
    grey line, ``legend_columns``. A label that starts with a cell type ("SimpleRNN", "LSTM",
    "GRU") gets that cell's colour unless ``colours`` says otherwise; others the palette's.
    """
    if x is None:
        checked = _check_curves(curves, "curves", per="epoch, like the first")
    else:
        x = as_float_array(x, "x", ndim=1)
        checked = _check_curves(curves, "curves", length=len(x), per="position of x")
    return _draw_curves(checked, x, ax, title, log_y, "curves", **options)


def _draw_curves(
    checked: dict[str, np.ndarray],
    x: np.ndarray | None,
    ax: Axes | None,
    title: str,
    log_y: bool,
    name: str,
    xlabel: str = "epoch",
    ylabel: str = "value",
    colours: Mapping[str, str] | None = None,
    styles: Mapping[str, str] | None = None,
    reference: tuple[float, str] | None = None,
    legend_columns: int = 1,
) -> Axes:
    _check_text(title, "title")
    _check_text(xlabel, "xlabel")
    _check_text(ylabel, "ylabel")
    colours = _check_label_map(colours, "colours", checked, name, "colour")
    styles = _check_label_map(styles, "styles", checked, name, "line format such as 'o-'")
    if reference is not None and (
        not isinstance(reference, tuple) or len(reference) != 2 or not isinstance(reference[1], str)
    ):
        raise TypeError(f"reference must be (value, label), got {describe(reference)}")
    legend_columns = as_positive_int(legend_columns, "legend_columns")
    if as_flag(log_y, "log_y"):
        for label, values in checked.items():
            if values.min() <= 0:  # a log axis would silently drop these points
                at = int(np.argmax(values <= 0))
                where = f"epoch {at + 1}" if x is None else f"x = {x[at]:g}"
                raise ValueError(
                    f"log_y needs positive values, but {name}[{label!r}] is "
                    f"{values[at]:g} at {where}: use log_y=False"
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
    curves: object, name: str, length: int | None = None, per: str = "start value"
) -> dict[str, np.ndarray]:
    """``curves`` as {label: 1-D float array}, every array ``length`` long (if given) or as long
    as the first; ``per`` says what each value stands for, in the message."""
    if not isinstance(curves, Mapping) or not curves:
        raise TypeError(f"{name} must map a label to a 1-D array of values, got {describe(curves)}")
    checked = {}
    for label, values in curves.items():
        _check_text(label, f"{name} label", typeset=str(label))
        checked[label] = as_float_array(values, f"{name}[{label!r}]", ndim=1)
        expected = length if length is not None else len(next(iter(checked.values())))
        if len(checked[label]) != expected:
            raise ValueError(
                f"{name}[{label!r}] has {len(checked[label])} values, expected {expected}: "
                f"one per {per}"
            )
    return checked


def plot_gradient_norms(
    norms,
    ax: Axes | None = None,
    linestyles: Mapping[str, str] | None = None,
    title: str = r"Gradient of the last state, $\|\partial h_T / \partial x_t\|$",
    reference: float | None = None,
    ylim: tuple[float, float] | None = None,
) -> Axes:
    """Gradient norms against the distance T - t, on a log scale (05's vanishing gradients).

    ``norms`` maps a label to the norms at distances 0, 1, 2, ...; a label that starts with a
    cell type ("SimpleRNN", "LSTM", "GRU") gets that cell's colour, others the palette's.
    ``linestyles`` maps a label to a line style (default solid). ``reference`` draws a dotted
    horizontal line at that value (a curve's value at distance 1, to read the decay against).
    """
    checked = _check_curves(norms, "norms", per="distance, like the first")
    for label, values in checked.items():
        if values.min() <= 0:  # a log axis would silently drop these points
            raise ValueError(
                f"norms[{label!r}] has {values.min():g} at distance {int(values.argmin())}: "
                f"gradient norms must be positive to draw them on a log scale"
            )
    linestyles = _check_label_map(linestyles, "linestyles", checked, "norms", "line style")
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
        xlabel="distance T - t (steps back from the last input)",
        ylabel="gradient norm (log scale)",
    )
    if ylim is not None:
        ax.set_ylim(*ylim)
    ax.grid(alpha=0.3, which="both")
    ax.legend(loc="upper left" if ylim is not None else "best")
    return ax


def plot_lstm_memory(
    inputs,
    trace: Mapping[str, object],
    correlation,
    title: str = "",
    correlation_title: str = "correlation of $c_t$ with $x_1$ over the test set",
):
    """An LSTM on one sequence: the inputs (step 1 highlighted: the value to remember), its
    gates i, f, o and cell states c per cell and step, and ``correlation`` (steps, cells) of each
    cell state with the remembered value over a test set (05, section 8). Returns the Figure.

    ``inputs`` is (T,); ``trace`` maps "i", "f", "o", "c" to (T, cells) arrays.
    """
    inputs = as_float_array(inputs, "inputs", ndim=1)
    steps = len(inputs)
    panels = {}
    for key in ("i", "f", "o", "c"):
        if not isinstance(trace, Mapping) or key not in trace:
            raise TypeError(
                f"trace must map 'i', 'f', 'o' and 'c' to (steps, cells) arrays, "
                f"got {describe(trace)}"
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
                f"{name} has shape {values.shape}, expected (steps, cells) = ({steps}, {cells}): "
                f"one row per input step"
            )
    _check_text(title, "title")
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
    axes[0].bar([1], inputs[:1], color=CELL_COLOURS["LSTM"], label="$x_1$: remember this")
    axes[0].set(ylabel="value $x_t$", title=title)
    axes[0].legend(loc="upper right")
    extent = (0.5, steps + 0.5, cells + 0.5, 0.5)  # steps and cells both counted from 1
    c_max = max(np.abs(panels["c"]).max(), 1e-12)
    rows = [
        (panels["i"], "input gate $i_t$ (write)", "viridis", (0, 1)),
        (panels["f"], "forget gate $f_t$ (keep)", "viridis", (0, 1)),
        (panels["o"], "output gate $o_t$ (read)", "viridis", (0, 1)),
        (panels["c"], "cell state $c_t$", "RdBu_r", (-c_max, c_max)),
        (correlation, correlation_title, "RdBu_r", (-1, 1)),
    ]
    for ax, bar, (values, name, cmap, (low, high)) in zip(axes[1:], colour_bars, rows, strict=True):
        image = ax.imshow(values.T, cmap=cmap, vmin=low, vmax=high, aspect="auto", extent=extent)
        ax.set(
            ylabel="cell",
            yticks=range(1, cells + 1),
            title=name if values is correlation else f"{name}  ({cells} cells x {steps} steps)",
        )
        fig.colorbar(image, cax=bar)
    for ax in axes[:-1]:
        ax.tick_params(labelbottom=False)  # one time axis, at the bottom
    axes[-1].set_xlabel("time step t")
    return fig


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
    Returns the Figure.
    """
    window = as_float_array(window, "window", ndim=1)
    starts = as_float_array(starts, "starts", ndim=1)
    checked = _check_curves(errors, "errors", length=len(starts))
    if not isinstance(predictions, Mapping) or set(predictions) != set(checked):
        raise TypeError(
            f"predictions must map the same model names as errors ({sorted(checked)}) to one "
            f"prediction each, got {describe(predictions)}"
        )
    if not isinstance(trained_on, Mapping) or set(trained_on) != set(checked):
        raise TypeError(
            f"trained_on must map the same model names as errors ({sorted(checked)}) to (lowest, "
            f"highest) start trained on, got {describe(trained_on)}"
        )
    colours = {
        name: LINE_COLOURS[1 + i % (len(LINE_COLOURS) - 1)] for i, name in enumerate(checked)
    }
    fig, (ax_w, ax_e) = plt.subplots(1, 2, figsize=(12, 3.8), layout="constrained")
    steps = np.arange(1, len(window) + 1)
    ax_w.plot(steps, window, "o-", color=LINE_COLOURS[0], label="window (input)")
    ax_w.plot(
        len(window) + 1,
        float(target),
        "s",
        markersize=14,
        markerfacecolor="none",
        markeredgecolor="black",
        markeredgewidth=1.5,
        label=f"target {float(target):.1f}",
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
        title=f"window starting at s = {window[0]:.1f}, shape (1, {len(window)}, 1) -> next value",
        xlabel="time step t",
        ylabel="value",
        xticks=range(1, len(window) + 2),
    )
    ax_w.legend(fontsize=8, loc="upper left")

    for name, values in checked.items():
        low, high = trained_on[name]
        ax_e.axvspan(low, high, color=colours[name], alpha=0.12, label=f"{name} trained on")
        ax_e.plot(starts, values, color=colours[name], label=name)
    ax_e.axvline(float(start), color="black", linestyle="--", linewidth=1)
    floor = min(max(values.min(), 1e-12) for values in checked.values()) / 2  # show every point
    ax_e.set(
        title="|prediction - target| for every start s (shaded: trained on)",
        xlabel="start value s of the window",
        ylabel="absolute error (log scale)",
        yscale="log",
        ylim=(floor, 3),
    )
    ax_e.legend(fontsize=8, loc="upper left")
    return fig


def plot_rnn_shapes(units: int, features: int, timesteps: int, shapes: Mapping[str, tuple]):
    """02's "Try it" figure for ``SimpleRNN(units)`` on (timesteps, features) inputs: its three
    weight arrays as bars with their parameter counts, and ``shapes`` (a label for each output
    shape, as Keras reports it) as text. Returns the Figure.
    """
    units = as_positive_int(units, "units")
    features = as_positive_int(features, "features")
    timesteps = as_positive_int(timesteps, "timesteps")
    if not isinstance(shapes, Mapping) or not all(isinstance(s, tuple) for s in shapes.values()):
        raise TypeError(f"shapes must map a label to a shape tuple, got {describe(shapes)}")
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
        ylabel="parameters",
        title=f"parameters: {units}·{features} + {units}·{units} + {units} = {count}",
    )
    ax_text.axis("off")
    lines = [f"{label:<37}{tuple(shape)}" for label, shape in shapes.items()]
    lines += [
        "",
        "None = any batch size (keras.Input leaves it open)",
        f"timesteps {timesteps} changes the shapes, not the {count} parameters",
    ]
    ax_text.text(0, 0.5, "\n".join(lines), family="monospace", fontsize=10.5, va="center")
    ax_text.set_title("output shapes")
    return fig


def plot_memory_cell(inputs, states, step: int, label: str = ""):
    """01's memory-cell figure: the inputs (step ``step`` outlined), the states, and the state
    at ``step`` as bars against the saturation threshold ``helpers.reference.SATURATED``.
    ``inputs`` is (timesteps, features) in [0, 1], ``states`` (timesteps, units); ``label``
    names the setting in the titles. Returns the Figure.
    """
    from helpers.reference import SATURATED  # one threshold for the course

    inputs = as_float_array(inputs, "inputs", ndim=2)
    states = as_float_array(states, "states", ndim=2)
    timesteps, features = inputs.shape
    if len(states) != timesteps:
        raise ValueError(
            f"states has {len(states)} time steps but inputs has {timesteps}: expected one "
            f"state per input step"
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
        title=f"Inputs $x_t$  {inputs.shape}",
        xlabel="time step $t$",
        ylabel="input feature",
        xticks=range(1, timesteps + 1),
        yticks=range(1, features + 1),
    )
    fig.colorbar(image, ax=ax_x, label="input value")
    plot_hidden_states(states, ax=ax_h, title="States $h_t$", highlight_step=step)
    ax_t.barh(range(1, units + 1), states[step - 1], color=LINE_COLOURS[0])
    for edge in (-SATURATED, SATURATED):
        ax_t.axvline(edge, color=LINE_COLOURS[1], linestyle="--")
    ax_t.set(
        xlim=(-1.05, 1.05),
        ylim=(units + 0.5, 0.5),
        yticks=range(1, units + 1),
        xlabel="value",
        title=f"$h_{{{step}}}$ ({label})" if label else f"$h_{{{step}}}$",
    )
    saturated = (np.abs(states) > SATURATED).mean()
    fig.suptitle(
        f"{label + ': ' if label else ''}{saturated:.0%} of the states beyond ±{SATURATED}"
    )
    return fig


def _check_rows(rows: object, name: str, length: int) -> dict[str, np.ndarray]:
    """``rows`` as {label: 1-D array of ``length`` values in [0, 1]} (probabilities)."""
    checked = _check_curves(rows, name, length=length)
    for label, values in checked.items():
        if values.min() < 0 or values.max() > 1:
            raise ValueError(
                f"{name}[{label!r}] has values from {values.min():g} to {values.max():g}: "
                f"expected probabilities between 0 and 1"
            )
    return checked


def plot_sequence_predictions(values, labels, probabilities: Mapping[str, object], title: str):
    """04's prediction figure for one sequence: its ``values`` x_t above, and below a grid of
    its 0/1 ``labels`` and each model's probability per step (``probabilities`` maps a model
    name to T values), with every wrong call (probability on the wrong side of 0.5) outlined.
    Returns the Figure; the number wrong per model is in the grid's title.
    """
    values = as_float_array(values, "values", ndim=1)
    steps = len(values)
    labels = as_float_array(labels, "labels", ndim=1)
    if len(labels) != steps or not np.isin(labels, (0, 1)).all():
        raise ValueError(f"labels must be {steps} values, each 0 or 1 (one per step), got {labels}")
    checked = _check_rows(probabilities, "probabilities", length=steps)
    _check_text(title, "title")
    rows = np.stack([labels, *checked.values()])  # (1 + models, T)
    names = ["true label", *checked]
    positions = np.arange(1, steps + 1)
    fig, (ax_x, ax_p) = plt.subplots(2, 1, figsize=(10, 5), sharex=True, layout="constrained")
    ax_x.plot(positions, values, "o-", color="black")
    ax_x.set(title=f"{title}: values $x_t$  {values.shape}", ylabel="$x_t$", ylim=(-0.05, 1.05))
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
        xlabel="time step $t$",
        title=f"$P(x_{{t+1}} > x_t)$ per step  {rows.shape}; wrong: {counts}",
    )
    return fig


def plot_state_changes(changes: Mapping[str, object], step: int):
    """04's "what a new input changes" figure: for each name in ``changes``, a (timesteps,
    units) array of state differences, side by side on one colour scale centred on 0, with a
    dashed line at the changed input ``step`` (1-based). Returns the Figure.
    """
    if not isinstance(changes, Mapping) or not changes:
        raise TypeError(
            f"changes must map a name to a (timesteps, units) array, got {describe(changes)}"
        )
    checked = {}
    for name, values in changes.items():
        _check_text(name, "changes name", typeset=str(name))
        checked[name] = as_float_array(values, f"changes[{name!r}]", ndim=2)
    shapes = {values.shape for values in checked.values()}
    if len(shapes) > 1:
        raise ValueError(f"every array in changes must have the same shape, got {sorted(shapes)}")
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
            title=f"Change in {name} states after a new $x_{{{step}}}$  {values.shape}",
            xlabel="time step $t$",
            xticks=range(1, timesteps + 1),
            yticks=range(1, units + 1),
        )
    axes[0].set_ylabel("hidden unit")
    fig.colorbar(image, ax=list(axes), label="change in state")
    return fig


def plot_predictions_against_targets(
    points: Mapping[str, tuple],
    ax: Axes | None = None,
    title: str = "Prediction against target",
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
    """
    if not isinstance(points, Mapping) or not points:
        raise TypeError(
            f"points must map a label to (targets, predictions), got {describe(points)}"
        )
    checked = {}
    for label, pair in points.items():
        _check_text(label, "points label", typeset=str(label))
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError(
                f"points[{label!r}] must be a pair (targets, predictions), got {describe(pair)}"
            )
        targets = as_float_array(pair[0], f"points[{label!r}] targets", ndim=(0, 1)).ravel()
        predictions = as_float_array(pair[1], f"points[{label!r}] predictions", ndim=(0, 1))
        if predictions.size != targets.size:
            raise ValueError(
                f"points[{label!r}] has {targets.size} targets but {predictions.size} "
                f"predictions: expected one prediction per target"
            )
        checked[label] = (targets, predictions.ravel())
    markers = _check_label_map(markers, "markers", checked, "points", "marker")
    colours = _check_label_map(colours, "colours", checked, "points", "colour")
    _check_text(title, "title")
    ax = _axes(ax, figsize=(5, 5))
    if shade is not None:
        low, high, text = shade
        ax.axvspan(float(low), float(high), color=LINE_COLOURS[4], alpha=0.2, label=text)
    everything = np.concatenate([np.concatenate(pair) for pair in checked.values()])
    low, high = limits if limits is not None else (everything.min(), everything.max())
    ax.plot([low, high], [low, high], color="black", linewidth=0.8, label="prediction = target")
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
    ax.set(title=title, xlabel="target", ylabel="prediction", aspect="equal")
    if limits is not None:
        ax.set(xlim=limits, ylim=limits)
    ax.legend(fontsize=8, loc="upper left")
    return ax


def plot_samples(texts: Sequence[str], probabilities, chars: Sequence[str], title: str):
    """06's sampling figure. Left: for the first sample ``texts[0]``, the probabilities of
    every next character at each step (``probabilities``: (len(texts[0]) - 1, len(chars))),
    the character drawn outlined. Right: the most common strings among ``texts`` and how
    often each was drawn. Returns the Figure.
    """
    if isinstance(texts, str) or not isinstance(texts, Sequence) or not texts:
        raise TypeError(f"texts must be a list of sampled strings, got {describe(texts)}")
    if not all(isinstance(text, str) and text for text in texts):
        raise TypeError(f"texts must hold non-empty strings only, got {describe(texts)}")
    if isinstance(chars, str):
        chars = list(chars)
    if not isinstance(chars, Sequence) or not all(
        isinstance(c, str) and len(c) == 1 for c in chars
    ):
        raise TypeError(
            f"chars must be the vocabulary's characters in order, got {describe(chars)}"
        )
    first = texts[0]
    probabilities = as_float_array(probabilities, "probabilities", ndim=2)
    if probabilities.shape != (len(first) - 1, len(chars)):
        raise ValueError(
            f"probabilities has shape {probabilities.shape}, expected "
            f"{(len(first) - 1, len(chars))}: one row per step after the start of "
            f"{first!r}, one column per character"
        )
    unknown = sorted(set(first) - set(chars))
    if unknown:
        raise ValueError(f"texts[0] {first!r} has characters outside chars: {unknown}")
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
        xlabel="next character",
        yticks=range(len(first) - 1),
        yticklabels=[f"after '{first[: t + 1]}'" for t in range(len(first) - 1)],
        title=f"Sample 1: softmax(logits / τ) per step {probabilities.shape}",
    )
    fig.colorbar(image, ax=ax_p, label="probability")
    common = Counter(texts).most_common(8)[::-1]
    ax_s.barh(range(len(common)), [count for _, count in common], color=LINE_COLOURS[0])
    ax_s.set(
        yticks=range(len(common)),
        yticklabels=[f"'{text}'" for text, _ in common],
        xlabel=f"how many of the {len(texts)} samples",
        xlim=(0, len(texts)),
        title=f"{len(set(texts))} different strings among {len(texts)} samples",
    )
    fig.suptitle(title)
    return fig


def plot_clipping_run(norms, losses, max_norm: float | None, untrained: float, title: str):
    """07's clipping figure: the global gradient norm before clipping (log scale, the threshold
    ``max_norm`` dashed unless None) and the training loss, per update, with the loss of an
    untrained model (``untrained``, e.g. ln of the vocabulary size) dotted. Returns the Figure.
    """
    norms = as_float_array(norms, "norms", ndim=1)
    losses = as_float_array(losses, "losses", ndim=1)
    if len(norms) != len(losses) or not len(norms):
        raise ValueError(
            f"norms has {len(norms)} values and losses {len(losses)}: expected one of each per "
            f"update, at least one"
        )
    if norms.min() <= 0:
        raise ValueError(f"norms must be positive for a log scale, got {norms.min():g}")
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
        title="global gradient norm (before clipping)", xlabel="update", ylabel="norm (log scale)"
    )
    ax_loss.plot(updates, losses, color=LINE_COLOURS[2], linewidth=1.5)
    ax_loss.axhline(untrained, color="gray", linestyle=":", label=f"untrained: {untrained:.2f}")
    ax_loss.set(
        title="training loss per chunk", xlabel="update", ylabel="cross-entropy", ylim=(0, 12)
    )
    ax_loss.legend()
    for ax in (ax_norm, ax_loss):
        ax.grid(alpha=0.3)
    fig.suptitle(title)
    return fig


# --- Notebook 08: a text, character by character, coloured by what the model makes of it -------


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
        raise TypeError(f"text must be a string, got {describe(text)}")
    if not text:
        raise ValueError("text is empty: expected at least one character to draw")
    if not isinstance(rows, Mapping) or not rows:
        raise TypeError(
            f"rows must be a dict of label -> one value per character, got {describe(rows)}"
        )
    width = as_positive_int(width, "width")
    _check_text(title, "title")
    arrays = {}
    for label, values in rows.items():
        _check_text(label, "a label of rows")
        array = as_float_array(values, f"rows[{label!r}]", ndim=1)
        if len(array) != len(text):
            raise ValueError(
                f"rows[{label!r}] has {len(array)} values for a text of {len(text)} characters: "
                f"expected one value per character"
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
