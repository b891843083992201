"""Shared test setup: a non-interactive matplotlib backend, no figures left open, and Chromium."""

import os
from pathlib import Path

import matplotlib
import pytest

CHROMIUM = "/usr/bin/chromium"  # Debian's build; Playwright cannot download its own here

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


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium driven by playwright, for the tests that need a real browser.

    Without Chromium the test is skipped with the command that installs it; in CI (where
    .ci/run installs it) a missing Chromium is a failure, not a skip.
    """
    if not Path(CHROMIUM).is_file():
        reason = (
            f"no Chromium at {CHROMIUM}: install it with `sudo apt-get install chromium` "
            "(Debian/Ubuntu) to run the browser tests"
        )
        if os.environ.get("CI"):
            pytest.fail(reason + "; .ci/run should have installed it")
        pytest.skip(reason)
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="pip install -r requirements-dev.txt"
    )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()
