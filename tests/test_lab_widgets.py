"""In a real browser: JupyterLab runs a notebook, and its slider redraws the figure.

A throwaway JupyterLab serves copies of the notebooks (so nothing in the repository is saved
over), Chromium opens one, runs every cell, moves the first slider, and checks that the figure
in the widget changed. The server is shut down even when a check fails.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.notebook_files import NOTEBOOK_DIR

TOKEN = "course-browser-test"
# The notebooks whose first slider is checked: the NumPy time-step slider of 01 and the
# parameter-count sliders of the Keras lesson 02.
CASES = ["01_memory_cell_numpy.ipynb", "02_keras_simplernn.ipynb"]
# Optional chaining: until JupyterLab has started, window.jupyterapp is undefined, and a plain
# property read would throw, ending wait_for_function at once instead of waiting.
CURRENT = "window.jupyterapp?.shell?.currentWidget"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab on localhost serving copies of the notebooks; yields its base URL."""
    root = tmp_path_factory.mktemp("lab")
    for name in CASES:
        shutil.copy(NOTEBOOK_DIR / name, root / name)
    # Render every cell, not only those on screen, so that every widget can be reached.
    settings = root / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    (settings / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    port = free_port()
    jupyter = Path(sys.executable).with_name("jupyter")
    command = [
        str(jupyter),
        "lab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--IdentityProvider.token={TOKEN}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.expose_app_in_browser=True",  # window.jupyterapp: run commands, read cells
        f"--LabApp.user_settings_dir={root / 'settings'}",
        f"--LabApp.workspaces_dir={root / 'workspaces'}",
    ]
    if os.getuid() == 0:
        command.append("--allow-root")
    server = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # so the server and its kernels stop together
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("JupyterLab did not start within 2 minutes")
                time.sleep(0.5)
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


@pytest.mark.parametrize("name", CASES)
def test_slider_redraws_the_figure(name, lab, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        # A workspace of its own per notebook, so no tab from an earlier test is restored: a
        # hidden tab's widgets are still in the page, but have no size and cannot be clicked.
        stem = Path(name).stem
        page.goto(f"{lab}/lab/workspaces/{stem}/tree/{name}?reset&token={TOKEN}")
        # Wait for the kernel to connect before sending it anything.
        page.wait_for_function(
            f"{CURRENT} && {CURRENT}.sessionContext?.session?.kernel?.connectionStatus "
            "=== 'connected'",
            timeout=90_000,
        )
        # Every locator below looks inside this notebook's panel only.
        notebook = page.locator(f"#{page.evaluate(f'{CURRENT}.id')}")
        # Clear the saved outputs, so every widget on the page comes from this run.
        # Commands are started, not awaited: a promise that never settles (a dialog, a stuck
        # kernel) would block page.evaluate for ever, while the waits below are bounded.
        page.evaluate(
            "() => { window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs'); }"
        )
        page.wait_for_function(
            f"[...{CURRENT}.content.model.cells].every(c => !c.outputs || c.outputs.length === 0)",
            timeout=30_000,
        )
        assert notebook.locator(".widget-slider").count() == 0
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
        page.wait_for_function(
            f"[...{CURRENT}.content.model.cells].filter(c => c.type === 'code')"
            f".every(c => c.executionCount > 0) && {CURRENT}.sessionContext.session?.kernel?"
            ".status === 'idle'",
            timeout=120_000,
        )
        slider = notebook.locator(".widget-slider").first
        slider.wait_for(state="attached", timeout=60_000)
        figure = notebook.locator(".widget-output img").first
        figure.wait_for(state="attached", timeout=60_000)
        before = figure.get_attribute("src")
        assert before and before.startswith("data:image/png"), before
        # Bring the slider on screen (JupyterLab renders off-screen cells lazily), then click
        # three quarters of the way along its track, as a learner would.
        slider.evaluate("element => element.scrollIntoView({block: 'center'})")
        track = slider.locator(".noUi-target")
        track.wait_for(state="visible", timeout=30_000)
        box = track.bounding_box()
        assert box and box["width"] > 0, "the slider is not drawn"
        track.click(position={"x": 0.75 * box["width"], "y": box["height"] / 2})
        page.wait_for_function(
            "([panel, before]) => "
            "panel.querySelector('.widget-output img')?.getAttribute('src') !== before",
            arg=[notebook.element_handle(), before],
            timeout=60_000,
        )
        errors = notebook.locator(
            ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
        )
        assert errors.count() == 0, errors.first.inner_text()
    finally:
        page.close()
