"""Shared test setup: a non-interactive matplotlib backend, no figures left open, Chromium, and
in CI no skipped tests (tests/ci_no_skips.py)."""

import os
from pathlib import Path

import matplotlib
import pytest

from helpers.checks._verdict import CHECKER_ERRORS
from tests.ci_no_skips import pytest_runtest_makereport  # noqa: F401 (a pytest hook)

CHROMIUM = "/usr/bin/chromium"  # Debian's build; Playwright cannot download its own here

# Select Agg before any test module imports helpers.plot (and with it pyplot), so the tests never
# need a display. matplotlib.use() rather than os.environ["MPLBACKEND"]: the variable would be
# inherited by the Jupyter kernels that `make test` starts for nbval in the same pytest run, and
# would stop ipykernel from choosing its inline backend, changing the notebooks' outputs.
matplotlib.use("Agg")

# TensorFlow reads these once, when a test first imports it: quiet logs and the notebooks' default
# numerics. setdefault, so that `make test-numerics` can run the suite with oneDNN on.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
# A bug in an exercise checker raises (CheckerError) instead of printing a verdict, here and in
# the notebooks nbval runs, so it can never pass for a learner's mistake in a test.
os.environ[CHECKER_ERRORS] = "raise"


@pytest.fixture(autouse=True)
def _close_figures():
    """Close every figure a test opened, so figures do not pile up across tests."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium driven by playwright, for the tests that need a real browser.

    Without Chromium or playwright the test is skipped with the command that installs it; in CI
    (where .ci/run installs Chromium) the skip counts as a failure (tests/ci_no_skips.py).
    """
    if not Path(CHROMIUM).is_file():
        reason = (
            f"no Chromium at {CHROMIUM}: install it with `sudo apt-get install chromium` "
            "(Debian/Ubuntu) to run the browser tests"
        )
        pytest.skip(reason)
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="pip install -r requirements-dev.txt"
    )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()
