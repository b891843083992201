"""Tests for helpers.plot: hidden-state heatmaps, unrolled RNN diagrams and training curves."""

import re
from pathlib import Path
from types import SimpleNamespace

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from helpers.i18n import speaking
from helpers.plot import (
    CELL_COLOURS,
    LINE_COLOURS,
    draw_bidirectional_rnn,
    draw_unrolled_rnn,
    plot_clipping_run,
    plot_curves,
    plot_gradient_norms,
    plot_hidden_states,
    plot_lstm_memory,
    plot_memory_cell,
    plot_next_char_training,
    plot_predictions_against_targets,
    plot_rnn_shapes,
    plot_samples,
    plot_sequence_predictions,
    plot_state_changes,
    plot_training_curves,
    plot_window_and_errors,
)
from helpers.reference import SATURATED


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


# --- figures moved out of the notebooks (issue 16) ----------------------------------------------


def outlines(ax):
    """The unfilled rectangles drawn on ``ax`` (the figures' way of marking a cell)."""
    return [p for p in ax.patches if isinstance(p, Rectangle) and not p.get_fill()]


def test_memory_cell_outlines_the_step_and_draws_its_state_as_bars():
    rng = np.random.default_rng(0)
    inputs, states = rng.random((6, 3)), np.tanh(3 * rng.normal(size=(6, 4)))
    figure = plot_memory_cell(inputs, states, step=4, label="weight scale 2")
    ax_x, ax_h, ax_t = figure.axes[:3]  # then the two colour bars
    (box,) = outlines(ax_x)
    assert box.get_x() == pytest.approx(3.5)  # step 4 spans 3.5 to 4.5
    assert [bar.get_width() for bar in ax_t.patches] == pytest.approx(states[3])
    share = (np.abs(states) > SATURATED).mean()
    assert figure.get_suptitle() == f"weight scale 2: {share:.0%} of the states beyond ±{SATURATED}"
    assert "weight scale 2" in ax_t.get_title()
    plt.close(figure)


def test_memory_cell_needs_one_state_per_input_step():
    with pytest.raises(ValueError, match="states has 5 time steps but inputs has 6"):
        plot_memory_cell(np.zeros((6, 3)), np.zeros((5, 4)), step=1)


def test_sequence_predictions_outline_every_wrong_call_and_count_them():
    labels = [1, 0, 1, 1]
    probabilities = {"uni": [0.9, 0.6, 0.4, 0.8], "bi": [0.9, 0.1, 0.7, 0.8]}  # uni: 2 wrong
    figure = plot_sequence_predictions([0.1, 0.5, 0.2, 0.6], labels, probabilities, "seq 3")
    ax_x, ax_p = figure.axes
    corners = [(box.get_x(), box.get_y()) for box in outlines(ax_p)]
    assert np.allclose(corners, [(1.55, 0.55), (2.55, 0.55)])  # steps 2 and 3 of row 1 (uni)
    assert ax_p.get_title().endswith("wrong: uni 2, bi 0")
    assert [t.get_text() for t in ax_p.get_yticklabels()] == ["true label", "uni", "bi"]
    assert ax_x.get_title().startswith("seq 3")
    plt.close(figure)


def test_sequence_predictions_need_probabilities_and_binary_labels():
    with pytest.raises(ValueError, match=r"probabilities\['a'\] has values from 0 to 1.5"):
        plot_sequence_predictions([0.1, 0.2], [0, 1], {"a": [0.0, 1.5]}, "x")
    with pytest.raises(ValueError, match="labels must be 2 values, each 0 or 1"):
        plot_sequence_predictions([0.1, 0.2], [0, 2], {"a": [0.0, 0.5]}, "x")


def test_state_changes_share_one_scale_centred_on_zero():
    forward, backward = np.zeros((5, 2)), np.zeros((5, 2))
    forward[3:] = 0.4
    backward[:4] = -0.1
    figure = plot_state_changes({"forward": forward, "backward": backward}, step=4)
    left, right = figure.axes[:2]
    for ax in (left, right):
        assert ax.images[0].get_clim() == pytest.approx((-0.4, 0.4))
        assert ax.lines[0].get_xdata()[0] == 4  # the changed input, dashed
    assert "$x_{4}$" in right.get_title() and "backward" in right.get_title()
    plt.close(figure)


def test_state_changes_need_arrays_of_one_shape():
    with pytest.raises(ValueError, match="the same shape, got"):
        plot_state_changes({"a": np.zeros((3, 2)), "b": np.zeros((4, 2))}, step=1)


def test_curves_at_given_positions_with_styles_colours_and_a_reference():
    ax = plot_curves(
        {"LSTM (9 parameters)": [0.2, 0.5], "mine": [0.1, 0.3]},
        x=[10, 50],
        styles={"mine": "s--"},
        colours={"mine": "#123456"},
        reference=(0, "no memory"),
        xlabel="T",
    )
    lstm, mine, zero = ax.lines
    assert list(lstm.get_xdata()) == [10, 50]
    assert to_rgba(lstm.get_color()) == to_rgba(CELL_COLOURS["LSTM"])  # by the label's cell
    assert (mine.get_linestyle(), mine.get_marker(), mine.get_color()) == ("--", "s", "#123456")
    assert zero.get_label() == "no memory" and ax.get_xlabel() == "T"
    plt.close(ax.figure)


def test_curves_name_what_is_wrong():
    with pytest.raises(
        ValueError,
        match=r"curves\['a'\] has 3 values, expected 2: one per "
        "position of x",
    ):
        plot_curves({"a": [1.0, 2.0, 3.0]}, x=[1, 2])
    with pytest.raises(ValueError, match=r"curves\['a'\] is -1 at x = 20: use log_y=False"):
        plot_curves({"a": [1.0, -1.0]}, x=[10, 20], log_y=True)
    with pytest.raises(TypeError, match=r"styles must map labels of curves \(\['a'\]\)"):
        plot_curves({"a": [1.0]}, styles={"b": "--"})
    with pytest.raises(TypeError, match="reference must be \\(value, label\\)"):
        plot_curves({"a": [1.0]}, reference=0.5)


def test_training_curves_take_a_y_label():
    ax = plot_training_curves({"accuracy": [0.5, 0.9]}, ylabel="accuracy")
    assert ax.get_ylabel() == "accuracy"
    plt.close(ax.figure)


def test_predictions_against_targets_draw_the_diagonal_markers_and_band():
    ax = plot_predictions_against_targets(
        {"train": ([0.2, 0.4], [0.25, 0.35]), "query": ([1.0], [0.8])},
        markers={"query": "*"},
        shade=(0.2, 0.4, "trained on"),
    )
    diagonal, train, query = ax.lines
    assert list(diagonal.get_xdata()) == pytest.approx([0.2, 1.0])  # the smallest to largest value
    assert (train.get_marker(), query.get_marker()) == ("o", "*")
    assert ax.patches[0].get_label() == "trained on"
    plt.close(ax.figure)


def test_predictions_against_targets_need_a_pair_of_equal_sizes():
    with pytest.raises(ValueError, match=r"points\['a'\] has 2 targets but 3 predictions"):
        plot_predictions_against_targets({"a": ([1.0, 2.0], [1.0, 2.0, 3.0])})
    with pytest.raises(TypeError, match=r"points\['a'\] must be a pair"):
        plot_predictions_against_targets({"a": [1.0, 2.0]})


def test_samples_outline_each_drawn_character_and_count_the_strings():
    chars = ["a", "b", "c"]
    probabilities = np.array([[0.1, 0.8, 0.1], [0.3, 0.3, 0.4]])
    figure = plot_samples(["abc", "abc", "aca"], probabilities, chars, "τ = 1")
    ax_p, ax_s = figure.axes[:2]
    corners = [(box.get_x(), box.get_y()) for box in outlines(ax_p)]
    assert np.allclose(corners, [(0.5, -0.5), (1.5, 0.5)])  # 'b' after 'a', 'c' after 'ab'
    assert [bar.get_width() for bar in ax_s.patches] == [1, 2]  # least common first
    assert ax_s.get_title() == "2 different strings among 3 samples"
    assert figure.get_suptitle() == "τ = 1"
    plt.close(figure)


def test_samples_need_one_row_per_step_and_known_characters():
    with pytest.raises(ValueError, match=r"probabilities has shape \(1, 2\), expected \(2, 2\)"):
        plot_samples(["abb"], np.zeros((1, 2)), "ab", "t")
    with pytest.raises(ValueError, match=r"has characters outside chars: \['z'\]"):
        plot_samples(["az"], np.zeros((1, 2)), "ab", "t")


def test_clipping_run_draws_the_threshold_only_when_clipping():
    clipped = plot_clipping_run([3.0, 0.5], [2.0, 1.0], 1.0, untrained=np.log(25), title="c 1")
    plain = plot_clipping_run([3.0, 0.5], [2.0, 1.0], None, untrained=np.log(25), title="off")
    assert [len(figure.axes[0].lines) for figure in (clipped, plain)] == [2, 1]
    baseline = clipped.axes[1].lines[1]
    assert baseline.get_ydata()[0] == pytest.approx(np.log(25))
    assert baseline.get_label() == "untrained: 3.22"
    plt.close(clipped)
    plt.close(plain)


def test_clipping_run_needs_positive_norms_one_per_loss():
    with pytest.raises(ValueError, match="norms has 2 values and losses 1"):
        plot_clipping_run([1.0, 2.0], [1.0], None, 3.0, "t")
    with pytest.raises(ValueError, match="norms must be positive for a log scale, got 0"):
        plot_clipping_run([0.0], [1.0], None, 3.0, "t")


def test_a_two_line_title_with_math_draws_without_a_glyph_warning(caplog):
    # Parsed whole, such a title makes matplotlib log "does not have a glyph for '\n'" (stderr).
    ax = plot_curves({"a": [1.0, 0.5]}, title="Recall of $x_1$\n(dashed: default start)")
    ax.figure.canvas.draw()
    assert not [r.getMessage() for r in caplog.records if "glyph" in r.getMessage()]
    plt.close(ax.figure)


def test_no_two_curves_share_a_colour_when_cell_labels_take_theirs():
    # "GRU(128)" takes the GRU's green; the third curve would have had the palette's green too.
    labels = ["GRU(128), 3,000 characters", "dropout 0.5", "smaller: GRU(32)", "more data"]
    ax = plot_curves({label: [1.0, 0.5] for label in labels})
    colours = [to_rgba(line.get_color()) for line in ax.lines]
    assert colours[0] == to_rgba(CELL_COLOURS["GRU"])
    assert len(set(colours)) == 4, colours
    plt.close(ax.figure)


# --- the figures' own texts, in English and in Korean (helpers.i18n) ------------------------------

KOREAN_TEXT = re.compile("[가-힣]")


def drawn_texts(result) -> list[str]:
    """Every text a figure shows: titles, axis and colour-bar labels, tick labels, annotations,
    legend entries (the labels of its lines, bars and shaded spans)."""
    figure = result if isinstance(result, plt.Figure) else result.figure
    figure.canvas.draw()
    texts = [text.get_text() for text in figure.findobj(Text)]
    texts += [
        artist.get_label()
        for ax in figure.axes
        for artist in [*ax.lines, *ax.patches, *ax.collections, *ax.containers]
        if not str(artist.get_label()).startswith("_")
    ]
    return [text for text in texts if text]


RNG = np.random.default_rng(0)
TRACE = {key: RNG.random((7, 3)) for key in "ifoc"}
# Each figure builder with its defaults, the texts it draws itself in English and in Korean,
# and the caller's own texts and code names (drawn as given in either language).
OWN_TEXTS = {
    "plot_hidden_states": (
        lambda: plot_hidden_states(np.zeros((4, 2))),
        ["Hidden states $h_t$  shape (4, 2)", "time step $t$", "hidden unit", "value (tanh range)"],
        ["은닉 상태 $h_t$  형태 (4, 2)", "시점 $t$", "은닉 유닛", "값 (tanh 범위)"],
        [],
    ),
    "draw_unrolled_rnn": (lambda: draw_unrolled_rnn(3), ["cell"], ["셀"], []),
    "draw_bidirectional_rnn": (
        lambda: draw_bidirectional_rnn(2),
        ["forward", "backward",
         "Bidirectional RNN: forward states flow right, backward states flow left"],
        ["정방향", "역방향",
         "양방향 순환 신경망: 정방향 상태는 오른쪽으로, 역방향 상태는 왼쪽으로 흐름"],
        [],
    ),
    "plot_next_char_training": (
        lambda: plot_next_char_training([1.2, 0.8, 0.1], ["ll", "el", "el"], "el", first_right=2),
        ["epoch", "mean cross-entropy (log scale)", "Loss per epoch (3 epochs)",
         "target character", "Right (yellow) or wrong (blue) per step (2, 3)",
         "first all right: epoch 2"],
        ["에포크", "평균 교차 엔트로피 (로그 눈금)", "에포크별 손실 (에포크 3개)", "목표 문자",
         "시점별 정답(노랑)과 오답(파랑) (2, 3)", "처음으로 모두 맞힘: 에포크 2"],
        [],
    ),
    "plot_training_curves": (
        lambda: plot_training_curves(HISTORY),
        ["Training curves", "epoch", "value"],
        ["학습 곡선", "에포크", "값"],
        ["loss", "val_loss"],
    ),
    "plot_curves": (
        lambda: plot_curves({"LSTM": [0.2, 0.5]}, reference=(0, "no memory")),
        ["epoch", "value"],
        ["에포크", "값"],
        ["LSTM", "no memory"],
    ),
    "plot_gradient_norms": (
        lambda: plot_gradient_norms({"GRU": [1.0, 0.5]}),
        [r"Gradient of the last state, $\|\partial h_T / \partial x_t\|$",
         "distance T - t (steps back from the last input)", "gradient norm (log scale)"],
        [r"마지막 상태의 기울기, $\|\partial h_T / \partial x_t\|$",
         "거리 T - t (마지막 입력에서 거슬러 간 시점 수)", "기울기 노름 (로그 눈금)"],
        ["GRU"],
    ),
    "plot_lstm_memory": (
        lambda: plot_lstm_memory(RNG.normal(size=7), TRACE, RNG.uniform(-1, 1, (7, 3))),
        ["$x_1$: remember this", "value $x_t$", "input gate $i_t$ (write)  (3 cells x 7 steps)",
         "forget gate $f_t$ (keep)  (3 cells x 7 steps)",
         "output gate $o_t$ (read)  (3 cells x 7 steps)", "cell state $c_t$  (3 cells x 7 steps)",
         "correlation of $c_t$ with $x_1$ over the test set", "cell", "time step t"],
        ["$x_1$: 기억할 값", "값 $x_t$", "입력 게이트 $i_t$ (쓰기)  (셀 3개 x 시점 7개)",
         "망각 게이트 $f_t$ (유지)  (셀 3개 x 시점 7개)",
         "출력 게이트 $o_t$ (읽기)  (셀 3개 x 시점 7개)", "셀 상태 $c_t$  (셀 3개 x 시점 7개)",
         "테스트 데이터에서 $c_t$와 $x_1$의 상관관계", "셀", "시점 t"],
        [],
    ),
    "plot_window_and_errors": (
        lambda: plot_window_and_errors([0.1, 0.2], 0.3, {"six": 0.29}, [0.0, 0.1], {"six": [0.1,
                                       0.2]}, {"six": (0.0, 0.1)}, 0.1),
        ["window (input)", "target 0.3", "window starting at s = 0.1, shape (1, 2, 1) -> next "
         "value", "time step t", "value", "six trained on",
         "|prediction - target| for every start s (shaded: trained on)",
         "start value s of the window", "absolute error (log scale)"],
        ["윈도 (입력)", "목표값 0.3", "s = 0.1에서 시작하는 윈도, 형태 (1, 2, 1) -> 다음 값",
         "시점 t", "값", "six 학습 범위", "모든 시작값 s에서의 |예측 - 목표값| (음영: 학습 범위)",
         "윈도의 시작값 s", "절대 오차 (로그 눈금)"],
        ["six"],
    ),
    "plot_rnn_shapes": (
        lambda: plot_rnn_shapes(3, 5, 7, {"sequence": (None, 7, 3)}),
        ["parameters", "parameters: 3·5 + 3·3 + 3 = 27", "output shapes"],
        ["파라미터", "파라미터 수: 3·5 + 3·3 + 3 = 27", "출력 형태"],
        ["sequence", "kernel", "input_dim", "units", "recurrent_kernel", "bias", "None",
         "keras.Input", "timesteps"],
    ),
    "plot_memory_cell": (
        lambda: plot_memory_cell(np.zeros((3, 2)), np.zeros((3, 4)), 2, label="scale 2"),
        ["Inputs $x_t$  (3, 2)", "time step $t$", "input feature", "input value",
         "States $h_t$  shape (3, 4)", "hidden unit", "value",
         "scale 2: 0% of the states beyond ±0.99"],
        ["입력 $x_t$  (3, 2)", "시점 $t$", "입력 특성", "입력값", "상태 $h_t$  형태 (3, 4)",
         "은닉 유닛", "값", "scale 2: ±0.99 밖의 상태 0%"],
        ["scale"],
    ),
    "plot_sequence_predictions": (
        lambda: plot_sequence_predictions([0.1, 0.5], [1, 0], {"uni": [0.9, 0.6]}, "seq"),
        ["seq: values $x_t$  (2,)", "true label", "time step $t$",
         "$P(x_{t+1} > x_t)$ per step  (2, 2); wrong: uni 1"],
        ["seq: 값 $x_t$  (2,)", "정답 레이블", "시점 $t$",
         "시점별 $P(x_{t+1} > x_t)$  (2, 2); 오답: uni 1"],
        ["seq", "uni"],
    ),
    "plot_state_changes": (
        lambda: plot_state_changes({"forward": np.ones((3, 2))}, 2),
        ["Change in forward states after a new $x_{2}$  (3, 2)", "time step $t$", "hidden unit",
         "change in state"],
        ["새 $x_{2}$ 뒤 forward 상태의 변화  (3, 2)", "시점 $t$", "은닉 유닛", "상태의 변화"],
        ["forward"],
    ),
    "plot_predictions_against_targets": (
        lambda: plot_predictions_against_targets({"train": ([0.2, 0.4], [0.25, 0.35])}),
        ["Prediction against target", "prediction = target", "target", "prediction"],
        ["목표값 대비 예측", "예측 = 목표값", "목표값", "예측"],
        ["train"],
    ),
    "plot_samples": (
        lambda: plot_samples(["ab", "ab"], np.array([[0.2, 0.8]]), "ab", "t"),
        ["next character", "after 'a'", "Sample 1: softmax(logits / τ) per step (1, 2)",
         "probability", "how many of the 2 samples", "1 different strings among 2 samples"],
        ["다음 문자", "'a' 뒤", "샘플 1: 시점별 softmax(logits / τ) (1, 2)", "확률",
         "샘플 2개 중 개수", "샘플 2개 중 서로 다른 문자열 1개"],
        ["ab", "softmax", "logits"],
    ),
    "plot_clipping_run": (
        lambda: plot_clipping_run([3.0, 0.5], [2.0, 1.0], 1.0, untrained=1.5, title="t"),
        ["global gradient norm (before clipping)", "update", "norm (log scale)",
         "untrained: 1.50", "training loss per chunk", "cross-entropy"],
        ["기울기의 전역 노름 (클리핑 전)", "업데이트", "노름 (로그 눈금)", "학습 전: 1.50",
         "덩어리별 학습 손실", "교차 엔트로피"],
        [],
    ),
}  # fmt: skip


def test_every_figure_builder_has_its_own_texts_listed():
    import helpers.plot

    builders = {name for name in dir(helpers.plot) if name.startswith(("plot_", "draw_"))}
    # plot_char_strips draws only the caller's text and labels.
    assert builders - set(OWN_TEXTS) == {"plot_char_strips"}


@pytest.mark.parametrize("name", sorted(OWN_TEXTS))
def test_a_figures_own_texts_are_english_by_default_as_before(name):
    draw, english, _, _ = OWN_TEXTS[name]
    texts = drawn_texts(draw())
    assert [text for text in english if text not in texts] == []
    assert not [text for text in texts if KOREAN_TEXT.search(text)]


@pytest.mark.parametrize("name", sorted(OWN_TEXTS))
def test_a_figures_own_texts_are_korean_in_the_korean_edition(name):
    draw, english, korean, given = OWN_TEXTS[name]
    with speaking("ko"):
        texts = drawn_texts(draw())
    assert [text for text in korean if text not in texts] == []
    assert not set(english) & set(texts) - set(korean)
    # No English word left over: only math, numbers, the caller's texts and code names.
    words = {"tanh", "T", *given}
    for text in texts:
        plain = re.sub(r"\$[^$]*\$", "", text)
        for word in sorted(words, key=len, reverse=True):
            plain = plain.replace(word, "")
        assert not re.search("[A-Za-z]{2,}", plain), (text, plain)


@pytest.mark.parametrize("name", sorted(OWN_TEXTS))
def test_a_korean_figure_draws_every_glyph(name, caplog):
    """Hangul beside $math$ is typeset by mathtext, which has no font fallback: the helpers give
    such a label the Hangul font first (or it would show empty boxes and log a warning)."""
    import io
    import warnings

    draw = OWN_TEXTS[name][0]
    with speaking("ko"), warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)"
        result = draw()
        figure = result if isinstance(result, plt.Figure) else result.figure
        figure.savefig(io.BytesIO(), format="png")
    assert not [r.getMessage() for r in caplog.records if "glyph" in r.getMessage()]


def test_hangul_with_math_from_the_caller_draws_too(caplog):
    # As the Korean notebooks pass them: a title, an axis label and a curve label.
    import io

    ax = plot_curves(
        {r"LSTM, 망각 게이트 편향 3.0 ($f \approx$ 0.95)": [1.0, 0.5], "GRU": [0.5, 0.2]},
        title="테스트 시퀀스에서 $x_1$ 떠올리기\n(점선: Keras 초기값)",
        ylabel="$R^2$ (1 = 완벽, 0 = 기억 없음)",
    )
    ax.figure.savefig(io.BytesIO(), format="png")
    assert not [r.getMessage() for r in caplog.records if "glyph" in r.getMessage()]
    fonts = {text.get_text(): text.get_fontfamily()[0] for text in ax.figure.findobj(Text)}
    assert fonts[ax.get_title()] == fonts[ax.get_ylabel()] == "NanumGothic"
    assert fonts[r"LSTM, 망각 게이트 편향 3.0 ($f \approx$ 0.95)"] == "NanumGothic"
    assert fonts["GRU"] == fonts["epoch"] == "sans-serif"  # no Hangul: as before


def test_default_titles_are_chosen_when_drawn_and_given_ones_kept():
    with speaking("ko"):
        assert plot_hidden_states(np.zeros((2, 2)), title="GRU").get_title() == "GRU  형태 (2, 2)"
        assert plot_training_curves(HISTORY, title="fit").get_title() == "fit"
        assert draw_unrolled_rnn(2, cell_label="LSTM").texts[0].get_text() == "LSTM"
    assert plot_hidden_states(np.zeros((2, 2))).get_title() == "Hidden states $h_t$  shape (2, 2)"
