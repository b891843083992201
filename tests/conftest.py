"""Shared test setup: a non-interactive matplotlib backend and no figures left open."""

import matplotlib
import pytest

# Select Agg before any test module imports helpers.plot (and with it pyplot), so the tests never
# need a display. matplotlib.use() rather than os.environ["MPLBACKEND"]: the variable would be
# inherited by the Jupyter kernels that `make test` starts for nbval in the same pytest run, and
# would stop ipykernel from choosing its inline backend, changing the notebooks' outputs.
matplotlib.use("Agg")


@pytest.fixture(autouse=True)
def _close_figures():
    """Close every figure a test opened, so figures do not pile up across tests."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
