"""Notebook 07's "Try it" figure redraws fast enough for a slider: well under a second."""

import time

import matplotlib.pyplot as plt
import numpy as np
import pytest

from tests.lesson_code import load


@pytest.fixture(scope="module")
def clipping_figure():
    lesson = load("07", "clipping_figure", overrides={"rng": np.random.default_rng(0)})
    return lesson["clipping_figure"]


@pytest.mark.parametrize(("max_norm", "lr"), [(1.0, 1.0), (None, 2.0), (0.1, 0.1)])
def test_a_slider_move_redraws_well_under_a_second(clipping_figure, max_norm, lr):
    clipping_figure(max_norm=max_norm, lr=lr)  # warm up: fonts, first figure
    plt.close("all")
    start = time.perf_counter()
    figure = clipping_figure(max_norm=max_norm, lr=lr)
    figure.canvas.draw()  # render, as the widget does when it saves the PNG
    seconds = time.perf_counter() - start
    plt.close(figure)
    assert seconds < 0.8, f"a redraw took {seconds:.2f} s"
