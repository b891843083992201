"""In a real browser: JupyterLab runs a notebook, and its widgets redraw the figure.

A throwaway JupyterLab serves copies of the notebooks (so nothing in the repository is saved
over), Chromium opens one and runs every cell. In 01 and 02 it moves the first slider and checks
that the figure changed; in 06 it types Korean into the text box, presses Train and checks that
the figure has every glyph. Every widget label must show in full, and the speaker notes must be
folded away. The server is shut down even when a check fails.
"""

import os
import shutil
import sys
import time
import urllib.request
import warnings
from pathlib import Path

import pytest

from tests.lab_server import free_port, start, stop, wait_for
from tests.notebook_files import NOTEBOOK_DIR, ROOT

TOKEN = "course-browser-test"
# The notebooks whose first slider is checked: the NumPy time-step slider of 01 and the
# parameter-count sliders of the Keras lesson 02, and 01 of the Korean edition.
CASES = ["01_memory_cell_numpy.ipynb", "02_keras_simplernn.ipynb", "ko/01_memory_cell_numpy.ipynb"]
SUMMARIES = {"en": "Speaker notes (for instructors)", "ko": "발표자 노트 (강사용)"}
TEXT_BOX = "06_hihell_to_ihello.ipynb"  # type a text, press Train
KOREAN = "안녕하세요 반가워요"
SCREENSHOTS = ROOT / "build" / "screenshots"
# Optional chaining: until JupyterLab has started, window.jupyterapp is undefined, and a plain
# property read would throw, ending wait_for_function at once instead of waiting.
CURRENT = "window.jupyterapp?.shell?.currentWidget"
RUN_ALL_SECONDS = 240  # Run All of 06 takes about 15 s here; a slow CI machine gets far more
# Where Run All stands in the open notebook: code cells run (and with outputs), the kernel's status
# and connection, the errors any cell printed, and the text of any dialog waiting for a click.
RUN_STATE = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const code = [...panel.content.model.cells].filter(c => c.type === 'code');
  const errors = [];
  code.forEach((cell, i) => {
    for (let k = 0; k < cell.outputs.length; k++) {
      const out = cell.outputs.get(k).toJSON();
      if (out.output_type === 'error') {
        errors.push(`code cell ${i + 1}: ${out.ename}: ${out.evalue}`);
      }
    }
  });
  return {
    ran: code.filter(c => c.executionCount > 0).length,
    total: code.length,
    with_outputs: code.filter(c => c.outputs.length > 0).length,
    kernel: panel.sessionContext.session?.kernel?.status ?? 'no kernel',
    connection: panel.sessionContext.session?.kernel?.connectionStatus ?? 'none',
    ready: panel.sessionContext.isReady,
    errors,
    dialog: document.querySelector('.jp-Dialog')?.innerText ?? '',
  };
}"""


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab on localhost serving copies of the notebooks; yields its base URL."""
    root = tmp_path_factory.mktemp("lab")
    for name in [*CASES, TEXT_BOX]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
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
    server = start(command)
    try:
        status, _ = wait_for(f"http://127.0.0.1:{port}/api/status?token={TOKEN}", server)
        if status != 200:
            pytest.fail("JupyterLab did not start within 2 minutes")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(server)


def open_and_run_all(page, lab, name):
    """Open `name` in a workspace of its own, clear its outputs and start Run All; its panel."""
    # A workspace of its own per notebook, so no tab from an earlier test is restored: a
    # hidden tab's widgets are still in the page, but have no size and cannot be clicked.
    workspace = name.removesuffix(".ipynb").replace("/", "-")
    page.goto(f"{lab}/lab/workspaces/{workspace}/tree/{name}?reset&token={TOKEN}")
    # Wait for the kernel to connect before sending it anything.
    page.wait_for_function(
        f"{CURRENT} && {CURRENT}.sessionContext?.session?.kernel?.connectionStatus === 'connected'",
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
    assert notebook.locator(".jupyter-widgets").count() == 0
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
    return notebook


def restart_kernel(page, lab):
    """Restart the open notebook's kernel through the server's REST API (no dialog to click)."""
    kernel_id = page.evaluate(f"{CURRENT}.sessionContext.session?.kernel?.id ?? ''")
    if kernel_id:
        request = urllib.request.Request(
            f"{lab}/api/kernels/{kernel_id}/restart?token={TOKEN}", method="POST", data=b""
        )
        urllib.request.urlopen(request, timeout=60).close()


def run_all_cells(page, lab, name):
    """Run every cell of `name` in JupyterLab, as a learner's Run All does; its panel.

    Twice in CI (stop 24, and a clean clone here) Run All of 02 ran no code cell at all while
    the kernel sat idle; the cause is not known. When nothing has run 20 s after Run All, the
    page is opened afresh, and the second time the kernel is restarted first. A run that still
    fails says what it saw, with a screenshot.
    """
    console = []
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    tries = []
    for attempt in range(3):
        if attempt == 2:
            restart_kernel(page, lab)
        notebook = open_and_run_all(page, lab, name)
        started = time.monotonic()
        while True:
            state = page.evaluate(RUN_STATE)
            if state["errors"]:
                pytest.fail(f"{name}: a cell raised in JupyterLab: {state['errors']}")
            if state["ran"] == state["total"] and state["kernel"] == "idle":
                if tries:  # say so in the test summary: how often this happens is a clue
                    message = f"{name}: Run All ran only after {len(tries)} retries: {tries}"
                    warnings.warn(message, stacklevel=2)
                return notebook
            waited = time.monotonic() - started
            stalled = state["ran"] == 0 and state["kernel"] == "idle" and waited > 20
            if stalled or waited > RUN_ALL_SECONDS:
                break
            time.sleep(1)
        tries.append(f"try {attempt + 1} after {waited:.0f} s: {state}")
        if not stalled:
            break
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"lab-{Path(name).stem}-run-all-stuck.png"
    page.screenshot(path=shot)
    pytest.fail(
        f"{name}: Run All did not finish. " + "; ".join(tries) + f"; browser console errors: "
        f"{console[-5:]}; screenshot {shot}"
    )


def check_what_a_learner_sees(notebook, language="en"):
    """No error output, every widget label in full, the speaker notes folded."""
    errors = notebook.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
    )
    assert errors.count() == 0, errors.first.inner_text()
    cut = notebook.locator(".widget-label").evaluate_all(
        "labels => labels.filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.innerText)"
    )
    assert cut == [], f"widget labels cut short: {cut}"
    notes = notebook.locator(".jp-MarkdownOutput details")
    assert notes.count() > 0, "no folded speaker notes"
    assert notes.evaluate_all("all => all.filter(d => d.open).length") == 0
    assert notes.first.locator("summary").inner_text() == SUMMARIES[language]
    assert not notes.first.locator("li").first.is_visible(), "a folded note's text shows"


@pytest.mark.parametrize("name", CASES)
def test_slider_redraws_the_figure(name, lab, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        notebook = run_all_cells(page, lab, name)
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
        check_what_a_learner_sees(notebook, "ko" if name.startswith("ko/") else "en")
    finally:
        page.close()


def test_korean_text_trains_and_draws_every_glyph(lab, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        notebook = run_all_cells(page, lab, TEXT_BOX)
        box = notebook.locator(".widget-text input").first
        box.wait_for(state="attached", timeout=60_000)
        box.evaluate("element => element.scrollIntoView({block: 'center'})")
        box.fill(KOREAN)
        box.press("Enter")
        panel = notebook.locator(".widget-vbox", has=page.locator(".widget-text input")).last
        panel.locator("button", has_text="Train").click()
        figure = panel.locator(".widget-output img")
        figure.wait_for(state="visible", timeout=60_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        panel.screenshot(path=SCREENSHOTS / "lab-06-korean-text.png")
        said = panel.locator(".widget-output").inner_text()
        assert "no glyph" not in said and "Press" not in said, said
        check_what_a_learner_sees(notebook)
    finally:
        page.close()
