"""Notebook 07's "Try it" figure draws a whole, readable figure at every corner of its sliders.

How fast a slider redraws is measured by `make bench`, not here (timed tests fail on slow
machines for the wrong reason).
"""

import matplotlib.pyplot as plt
import numpy as np
import pytest

from tests.lesson_code import load


@pytest.fixture(scope="module")
def clipping_figure():
    lesson = load("07", "clipping_figure", overrides={"rng": np.random.default_rng(0)})
    return lesson["clipping_figure"]


@pytest.mark.parametrize(("max_norm", "lr"), [(1.0, 1.0), (None, 2.0), (0.1, 0.1)])
def test_every_slider_corner_draws_norms_and_losses(clipping_figure, max_norm, lr):
    figure = clipping_figure(max_norm=max_norm, lr=lr)
    figure.canvas.draw()
    ax_norm, ax_loss = figure.axes
    norms, losses = ax_norm.lines[0].get_ydata(), ax_loss.lines[0].get_ydata()
    assert len(norms) == len(losses) > 50  # one point per update
    assert np.isfinite(norms).all() and (norms > 0).all()  # drawable on the log axis
    clipping = "off" if max_norm is None else f"{max_norm:g}"
    assert f"learning rate {lr:g}, clipping {clipping}" in figure.get_suptitle()
    assert (len(ax_norm.lines) == 2) == (max_norm is not None)  # the threshold, when clipping
    plt.close(figure)
