"""`make lab`, the learner's command, starts JupyterLab on the start page and its URL answers."""

from pathlib import Path

from tests.lab_server import free_port, start, stop, wait_for

ROOT = Path(__file__).resolve().parent.parent
START_PAGE = "lab/tree/notebooks/00_start_here.ipynb"


def test_make_lab_serves_the_start_page():
    port, token = free_port(), "course-test-token"
    args = f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token={token}"
    server = start(["make", "--no-print-directory", "lab", f"LAB_ARGS={args}"], ROOT, capture=True)
    url = f"http://127.0.0.1:{port}/{START_PAGE}?token={token}"
    try:
        status, page = wait_for(url, server)
        assert status == 200, f"JupyterLab never answered at {url}"
        assert "JupyterLab" in page
    finally:
        log = stop(server)
    # make echoes the command it ran: JupyterLab opened on the start page, not the file browser.
    commands = [line for line in log.splitlines() if "/jupyter lab " in line]
    assert commands and commands[0].endswith(" notebooks/00_start_here.ipynb"), log[-2000:]
    # On a remote or headless machine (--no-browser) the learner opens the URL JupyterLab
    # prints: it must lead to the start page too, not to the Launcher.
    printed = [line for line in log.splitlines() if f"http://127.0.0.1:{port}/" in line]
    assert printed and all(f"/{START_PAGE}?token=" in line for line in printed), log[-2000:]
