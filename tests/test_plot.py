"""Tests for helpers.plot: hidden-state heatmaps, unrolled RNN diagrams and training curves."""

import re
from pathlib import Path
from types import SimpleNamespace

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle

from helpers.plot import (
    CELL_COLOURS,
    LINE_COLOURS,
    draw_bidirectional_rnn,
    draw_unrolled_rnn,
    plot_gradient_norms,
    plot_hidden_states,
    plot_lstm_memory,
    plot_next_char_training,
    plot_rnn_shapes,
    plot_training_curves,
    plot_window_and_errors,
)


def texts_of(ax):
    return [text.get_text() for text in ax.texts]


# --- plot_hidden_states -------------------------------------------------------------------------


def test_hidden_states_heatmap_on_a_new_axes():
    states = np.linspace(-0.9, 0.9, 18).reshape(6, 3)  # 6 time steps, 3 units
    ax = plot_hidden_states(states)
    assert isinstance(ax, Axes)
    images = [artist for artist in ax.get_children() if isinstance(artist, AxesImage)]
    assert len(images) == 1
    image = images[0]
    assert image.get_array().shape == (3, 6)  # (units, timesteps): one row per unit
    np.testing.assert_array_equal(image.get_array(), states.T)
    assert image.get_clim() == (-1, 1)
    assert ax.get_title() == "Hidden states $h_t$  shape (6, 3)"
    assert list(ax.get_xticks()) == [1, 2, 3, 4, 5, 6]
    assert list(ax.get_yticks()) == [1, 2, 3]  # units counted from 1, like the time steps
    assert len(ax.figure.axes) == 2  # the heatmap and its colour bar


def test_hidden_states_draws_on_the_given_axes():
    fig, (left, right) = plt.subplots(1, 2)
    result = plot_hidden_states(np.zeros((4, 2)), ax=right, title="GRU", colorbar=False)
    assert result is right
    assert len(right.images) == 1
    assert len(left.images) == 0
    assert right.get_title() == "GRU  shape (4, 2)"
    assert len(fig.axes) == 2  # no colour bar added
    assert len(plt.get_fignums()) == 1  # no new figure


def test_hidden_states_clim_stays_fixed_for_small_values():
    ax = plot_hidden_states(np.full((3, 2), 0.01), colorbar=False)
    assert ax.images[0].get_clim() == (-1, 1)


def test_highlight_step_outlines_one_time_step():
    ax = plot_hidden_states(np.zeros((5, 3)), highlight_step=3, colorbar=False)
    rectangles = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(rectangles) == 1
    outline = rectangles[0]
    # Step 3 (1-based, like the tick labels) is the column centred on x tick 3, spanning every unit.
    assert outline.get_xy() == (2.5, 0.5)
    assert outline.get_width() == 1
    assert outline.get_height() == 3
    assert not outline.get_fill()


def test_no_highlight_by_default():
    ax = plot_hidden_states(np.zeros((5, 3)), colorbar=False)
    assert [p for p in ax.patches if isinstance(p, Rectangle)] == []


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"highlight_step": 6}, ValueError, "highlight_step 6 is outside 1 to 5"),
        ({"highlight_step": 0}, ValueError, "highlight_step 0 is outside 1 to 5"),
        ({"highlight_step": True}, TypeError, "highlight_step must be a whole number, got bool"),
        ({"highlight_step": 2.5}, TypeError, "highlight_step must be a whole number, got float"),
        ({"highlight_step": "2"}, TypeError, "highlight_step must be a whole number, got str"),
        ({"states": np.zeros(5)}, ValueError, "states must be 2-D, got shape (5,)"),
        ({"states": np.zeros((2, 5, 3))}, ValueError, "states must be 2-D, got shape (2, 5, 3)"),
        ({"states": np.zeros((0, 3))}, ValueError, "states must not be empty, got shape (0, 3)"),
        ({"states": [[0.0, np.nan]]}, ValueError, "states contains NaN or infinite values"),
        ({"states": None}, TypeError, "states must be a numeric array, got NoneType None"),
        ({"states": "states"}, TypeError, "states must be a numeric array, got str 'states'"),
        ({"ax": "left"}, TypeError, "ax must be a matplotlib Axes or None, got str 'left'"),
        ({"ax": 0}, TypeError, "ax must be a matplotlib Axes or None, got int 0"),
    ],
)
def test_hidden_states_rejects_bad_input(kwargs, error, message):
    arguments = {"states": np.zeros((5, 3)), **kwargs}
    with pytest.raises(error, match=re.escape(message)):
        plot_hidden_states(**arguments)


def test_hidden_states_rejects_a_figure_as_ax():
    fig = plt.figure()
    with pytest.raises(TypeError, match=r"ax must be a matplotlib Axes or None, got Figure"):
        plot_hidden_states(np.zeros((5, 3)), ax=fig)


# --- draw_unrolled_rnn --------------------------------------------------------------------------


def test_unrolled_rnn_many_to_one_labels():
    ax = draw_unrolled_rnn(4, inputs_at=[1], outputs_at=[4])
    assert isinstance(ax, Axes)
    texts = texts_of(ax)
    input_labels = [t for t in texts if t.startswith("$x_")]
    assert input_labels == ["$x_{1}$"]
    # Output labels sit above the boxes; the h_{t-1} labels on the recurrent arrows sit between.
    output_labels = [t.get_text() for t in ax.texts if t.get_position()[1] > 1]
    assert output_labels == ["$h_{4}$"]
    assert texts.count("$h_{4}$") == 1
    assert texts.count("cell") == 4
    # The state passed along starts at h_0 and reaches the last box as h_3.
    assert [t for t in texts if t in {f"$h_{{{i}}}$" for i in range(4)}] == [
        "$h_{0}$",
        "$h_{1}$",
        "$h_{2}$",
        "$h_{3}$",
    ]


def test_unrolled_rnn_defaults_to_every_step():
    ax = draw_unrolled_rnn(3)
    texts = texts_of(ax)
    assert [t for t in texts if t.startswith("$x_")] == ["$x_{1}$", "$x_{2}$", "$x_{3}$"]
    above = [t.get_text() for t in ax.texts if t.get_position()[1] > 1]
    assert above == ["$h_{1}$", "$h_{2}$", "$h_{3}$"]
    below = [t.get_text() for t in ax.texts if t.get_position()[1] < -1]
    assert below == ["$x_{1}$", "$x_{2}$", "$x_{3}$"]
    assert not ax.axison
    # One box per step plus one arrow per input, per output and per recurrent link.
    assert len(ax.patches) == 3 + 3 + 3 + 3


def test_unrolled_rnn_custom_symbols_title_and_given_axes():
    fig, ax = plt.subplots()
    result = draw_unrolled_rnn(
        2,
        ax=ax,
        inputs_at=[2],
        outputs_at=[],
        cell_label="LSTM",
        input_symbol="u",
        output_symbol="s",
        title="one step",
    )
    assert result is ax
    assert texts_of(ax) == ["LSTM", "$s_{0}$", "LSTM", "$u_{2}$", "$s_{1}$"]
    assert ax.get_title() == "one step"
    assert len(plt.get_fignums()) == 1


def test_unrolled_rnn_allows_twelve_steps():
    ax = draw_unrolled_rnn(12, outputs_at=[12])
    assert texts_of(ax).count("cell") == 12


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"timesteps": 13}, ValueError, "timesteps 13 is too many to draw legibly: use at most 12"),
        ({"timesteps": 0}, ValueError, "timesteps must be at least 1, got 0"),
        ({"timesteps": True}, TypeError, "timesteps must be a whole number, got bool True"),
        ({"timesteps": 4.0}, TypeError, "timesteps must be a whole number, got float 4.0"),
        ({"timesteps": None}, TypeError, "timesteps must be a whole number, got NoneType None"),
        ({"timesteps": "4"}, TypeError, "timesteps must be a whole number, got str '4'"),
        ({"inputs_at": [5]}, ValueError, "inputs_at names step 5, but there are only 4 steps"),
        ({"outputs_at": [2, 9]}, ValueError, "outputs_at names step 9, but there are only 4"),
        ({"inputs_at": [0]}, ValueError, "inputs_at entry must be at least 1, got 0"),
        ({"outputs_at": [-1]}, ValueError, "outputs_at entry must be at least 1, got -1"),
        ({"inputs_at": [True]}, TypeError, "inputs_at entry must be a whole number, got bool True"),
        ({"outputs_at": [1.0]}, TypeError, "outputs_at entry must be a whole number, got float"),
        ({"inputs_at": "1"}, TypeError, "inputs_at entry must be a whole number, got str '1'"),
        ({"ax": "ax"}, TypeError, "ax must be a matplotlib Axes or None, got str 'ax'"),
    ],
)
def test_unrolled_rnn_rejects_bad_input(kwargs, error, message):
    arguments = {"timesteps": 4, **kwargs}
    with pytest.raises(error, match=re.escape(message)):
        draw_unrolled_rnn(**arguments)


# --- plot_training_curves -----------------------------------------------------------------------

HISTORY = {"loss": [1.0, 0.5, 0.25], "val_loss": [1.2, 0.7, 0.4]}


def check_curves(ax, history):
    lines = ax.get_lines()
    assert len(lines) == len(history)
    for line, (name, values), colour in zip(lines, history.items(), LINE_COLOURS, strict=False):
        assert line.get_label() == name
        assert line.get_color() == colour
        np.testing.assert_array_equal(line.get_xdata(), np.arange(1, len(values) + 1))
        np.testing.assert_array_equal(line.get_ydata(), values)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(history)


def test_training_curves_from_a_dict():
    ax = plot_training_curves(HISTORY)
    assert isinstance(ax, Axes)
    check_curves(ax, HISTORY)
    assert ax.get_xlabel() == "epoch"
    assert ax.get_title() == "Training curves"
    assert ax.get_yscale() == "linear"


def test_training_curves_from_a_history_object():
    history = SimpleNamespace(history={"loss": [0.9, 0.3], "accuracy": [0.5, 0.8], "mae": [2, 1]})
    ax = plot_training_curves(history, title="fit", log_y=True)
    check_curves(ax, history.history)
    assert ax.get_title() == "fit"
    assert ax.get_yscale() == "log"


def test_training_curves_on_the_given_axes():
    fig, (left, right) = plt.subplots(1, 2)
    result = plot_training_curves({"loss": np.array([3.0, 2.0, 1.0, 0.5])}, ax=left)
    assert result is left
    assert len(left.get_lines()) == 1
    assert len(right.get_lines()) == 0
    assert len(plt.get_fignums()) == 1


def test_training_curves_cycle_colours_past_the_palette():
    history = {f"metric_{i}": [float(i), float(i) + 1] for i in range(len(LINE_COLOURS) + 2)}
    ax = plot_training_curves(history)
    colours = [line.get_color() for line in ax.get_lines()]
    assert len(colours) == len(LINE_COLOURS) + 2
    assert colours[len(LINE_COLOURS)] == LINE_COLOURS[0]
    assert colours[len(LINE_COLOURS) + 1] == LINE_COLOURS[1]


@pytest.mark.parametrize(
    ("history", "error", "message"),
    [
        ({}, ValueError, "history is empty: expected at least one metric"),
        (SimpleNamespace(history={}), ValueError, "history is empty"),
        (None, TypeError, "history must map metric names to lists of values, got NoneType None"),
        ([0.5, 0.25], TypeError, "history must map metric names to lists of values, got list"),
        ({"loss": []}, ValueError, "history['loss'] must not be empty, got shape (0,)"),
        ({"loss": [1.0, np.nan]}, ValueError, "history['loss'] contains NaN or infinite values"),
        ({"loss": [[1.0, 0.5]]}, ValueError, "history['loss'] must be 1-D, got shape (1, 2)"),
        ({"loss": 0.5}, ValueError, "history['loss'] must be 1-D, got shape ()"),
        ({"loss": None}, TypeError, "history['loss'] must be a numeric array, got NoneType None"),
        ({"loss": "low"}, TypeError, "history['loss'] must be a numeric array, got str 'low'"),
    ],
)
def test_training_curves_reject_bad_history(history, error, message):
    with pytest.raises(error, match=re.escape(message)):
        plot_training_curves(history)


def test_training_curves_reject_bad_ax():
    with pytest.raises(TypeError, match=re.escape("ax must be a matplotlib Axes or None, got")):
        plot_training_curves(HISTORY, ax=[plt.figure()])


def test_bad_highlight_draws_nothing_on_the_given_axes():
    _, ax = plt.subplots()
    with pytest.raises(ValueError, match="highlight_step 9 is outside 1 to 5"):
        plot_hidden_states(np.zeros((5, 3)), ax=ax, highlight_step=9)
    assert len(ax.images) == 0 and len(ax.patches) == 0


def test_bad_history_leaves_no_figure_open():
    plt.close("all")
    with pytest.raises(ValueError, match=re.escape("history['val_loss'] must not be empty")):
        plot_training_curves({"loss": [1.0, 0.5], "val_loss": []})
    assert plt.get_fignums() == []


# --- fonts: Hangul in figures --------------------------------------------------------------------


def test_hangul_in_a_figure_has_every_glyph(monkeypatch):
    """On a machine with no Korean font at all, a figure with Hangul in its title, axis labels
    and tick labels still draws every character (matplotlib warns "Glyph ... missing" if not)."""
    import io
    import warnings

    from matplotlib import font_manager

    from helpers.fonts import HANGUL_FONT_FILE, use_course_fonts

    manager = font_manager.fontManager
    # Forget every font the system has beyond matplotlib's own, as on a fresh machine or Binder.
    own = str(Path(font_manager.__file__).parent / "mpl-data")
    monkeypatch.setattr(manager, "ttflist", [f for f in manager.ttflist if f.fname.startswith(own)])
    manager._findfont_cached.cache_clear()
    try:
        use_course_fonts()
        figure, ax = plt.subplots()
        ax.plot([1, 2, 3], [0.9, 0.5, 0.2])
        ax.set_title("'안녕하세요 반가워요' → predicted 'ㅎ' (손실, loss)")
        ax.set(xlabel="시점 t (epoch)", ylabel="정확도", xticks=[1, 2, 3])
        ax.set_xticklabels(["하나", "둘", "셋"])
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a missing glyph fails the test
            figure.savefig(io.BytesIO(), format="png")
        used = font_manager.findfont(
            font_manager.FontProperties(family="NanumGothic"), fallback_to_default=False
        )
        assert Path(used) == HANGUL_FONT_FILE
    finally:
        manager._findfont_cached.cache_clear()


def test_bidirectional_diagram_has_two_cells_per_step_and_both_states_on_top():
    ax = draw_bidirectional_rnn(3)
    texts = [text.get_text() for text in ax.texts]
    assert texts.count("forward") == 3 and texts.count("backward") == 3
    assert [t for t in texts if t.startswith("$x_")] == ["$x_{1}$", "$x_{2}$", "$x_{3}$"]
    assert sum("overrightarrow" in t and "overleftarrow" in t for t in texts) == 3
    # arrows: 2 inputs, 2 outputs per step, and 2 between each pair of neighbouring steps
    arrows = [p for p in ax.patches if type(p).__name__ == "FancyArrowPatch"]
    assert len(arrows) == 4 * 3 + 2 * 2
    ax.figure.canvas.draw()  # the mathtext labels typeset


def test_next_char_training_marks_right_characters_per_epoch():
    predictions = ["llll", "elll", "ello", "ello"]
    figure = plot_next_char_training([1.2, 0.8, 0.3, 0.1], predictions, "ello", first_right=3)
    ax_loss, ax_grid = figure.axes[:2]
    grid = ax_grid.images[0].get_array()
    assert grid.shape == (4, 4)  # (target characters, epochs)
    assert grid[:, 0].tolist() == [False, True, True, False]  # "llll" against "ello"
    assert grid[:, 2:].all()
    assert [t.get_text() for t in ax_grid.get_yticklabels()] == ["e", "l", "l", "o"]
    assert [line.get_xdata()[0] for line in ax_loss.lines[1:]] == [3]  # the first-right marker
    plt.close(figure)


def test_next_char_training_draws_a_learners_text_as_typed():
    # A title or target with $ signs is text, not math: "$\frac" would fail to typeset.
    figure = plot_next_char_training([0.5, 0.2], ["$a b", "$\\fr"], "$\\fr", "'$\\fra' $5")
    figure.canvas.draw()
    assert figure.get_suptitle() == "'$\\fra' $5"
    assert [t.get_text() for t in figure.axes[1].get_yticklabels()][:2] == ["$", "\\"]
    plt.close(figure)


# --- 05's gradient norms and LSTM memory, 03's sliding window ----------------------------------


def test_gradient_norms_use_each_cells_colour_and_the_given_line_styles():
    norms = {
        "SimpleRNN: x 0.84": 0.84 ** np.arange(5),
        "LSTM keep": np.ones(5),
        "other": np.ones(5),
    }
    ax = plot_gradient_norms(norms, linestyles={"LSTM keep": "--"}, reference=0.84, ylim=(1e-3, 2))
    lines = {line.get_label(): line for line in ax.lines}
    assert lines["SimpleRNN: x 0.84"].get_color() == CELL_COLOURS["SimpleRNN"]
    assert lines["LSTM keep"].get_color() == CELL_COLOURS["LSTM"]
    assert lines["LSTM keep"].get_linestyle() == "--"
    assert lines["other"].get_color() == LINE_COLOURS[2]  # not a cell: the palette, by position
    assert ax.get_yscale() == "log" and ax.get_ylim() == pytest.approx((1e-3, 2))
    assert lines["SimpleRNN: x 0.84"].get_xdata().tolist() == [0, 1, 2, 3, 4]  # distances
    assert any(line.get_ydata()[0] == 0.84 for line in ax.lines if line.get_label().startswith("_"))
    plt.close(ax.figure)


def test_gradient_norms_refuse_a_zero_norm_instead_of_dropping_it():
    with pytest.raises(ValueError, match=r"norms\['a'\] has 0 at distance 2"):
        plot_gradient_norms({"a": [1.0, 0.5, 0.0]})


def test_lstm_memory_draws_steps_by_cells_for_every_panel():
    steps, cells = 7, 3
    rng = np.random.default_rng(0)
    trace = {key: rng.random((steps, cells)) for key in "ifoc"}
    correlation = rng.uniform(-1, 1, (steps, cells))
    figure = plot_lstm_memory(
        rng.normal(size=steps),
        trace,
        correlation,
        title="seq 0",
        correlation_title="where $x_1$ is kept",
    )
    images = [ax.images[0] for ax in figure.axes[1:6]]
    assert all(image.get_array().shape == (cells, steps) for image in images)  # cells as rows
    np.testing.assert_allclose(images[1].get_array(), trace["f"].T)
    np.testing.assert_allclose(images[4].get_array(), correlation.T)
    assert images[3].get_clim() == pytest.approx(
        (-np.abs(trace["c"]).max(), np.abs(trace["c"]).max())
    )
    assert figure.axes[5].get_title() == "where $x_1$ is kept"
    first_bar = [bar for bar in figure.axes[0].patches][steps]  # the highlighted x_1
    assert first_bar.get_x() + first_bar.get_width() / 2 == 1
    figure.canvas.draw()
    plt.close(figure)


def test_window_and_errors_mark_each_models_range_and_prediction():
    starts = np.round(np.arange(-3, 4) / 10, 1)
    errors = {"six": np.linspace(0.01, 0.5, 7), "wide": np.full(7, 0.02)}
    figure = plot_window_and_errors(
        [0.1, 0.2, 0.3, 0.4],
        0.5,
        {"six": 0.49, "wide": 0.51},
        starts,
        errors,
        trained_on={"six": (0.0, 0.2), "wide": (-0.3, 0.3)},
        start=0.1,
    )
    ax_w, ax_e = figure.axes
    labels = [line.get_label() for line in ax_w.lines]
    assert labels == ["window (input)", "target 0.5", "six: 0.490", "wide: 0.510"]
    spans = [p for p in ax_e.patches]
    assert len(spans) == 2 and spans[0].get_x() == pytest.approx(0.0)
    assert ax_e.get_yscale() == "log" and ax_e.get_ylim()[0] == pytest.approx(0.005)
    plt.close(figure)


def test_window_and_errors_need_one_error_per_start():
    with pytest.raises(
        ValueError, match=r"errors\['six'\] has 2 values, expected 3: one per start"
    ):
        plot_window_and_errors(
            [0.1], 0.2, {"six": 0.2}, [0.0, 0.1, 0.2], {"six": [0.1, 0.1]}, {"six": (0, 0.1)}, 0.1
        )


def test_rnn_shapes_bars_are_the_three_weight_arrays():
    figure = plot_rnn_shapes(3, 5, 7, {"sequence": (None, 7, 3), "state": (None, 3)})
    ax_bar, ax_text = figure.axes
    assert [bar.get_height() for bar in ax_bar.patches] == [15, 9, 3]  # 5·3, 3·3, 3
    assert ax_bar.get_title().endswith("= 27")
    text = ax_text.texts[0].get_text()
    assert "(None, 7, 3)" in text and "not the 27 parameters" in text
    plt.close(figure)
