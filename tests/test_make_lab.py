"""`make lab`, the learner's command, starts JupyterLab on the start page and its URL answers;
`make lab EDITION=ko` does the same with the Korean edition's start page."""

from pathlib import Path

import pytest

from tests.lab_server import free_port, start, stop, wait_for

ROOT = Path(__file__).resolve().parent.parent
START_PAGES = {"en": "notebooks/00_start_here.ipynb", "ko": "notebooks/ko/00_start_here.ipynb"}


@pytest.mark.parametrize("edition", sorted(START_PAGES))
def test_make_lab_serves_the_start_page(edition):
    start_page = START_PAGES[edition]
    port, token = free_port(), "course-test-token"
    args = f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token={token}"
    command = ["make", "--no-print-directory", "lab", f"LAB_ARGS={args}"]
    if edition != "en":
        command.append(f"EDITION={edition}")
    server = start(command, ROOT, capture=True)
    url = f"http://127.0.0.1:{port}/lab/tree/{start_page}?token={token}"
    try:
        status, page = wait_for(url, server)
        assert status == 200, f"JupyterLab never answered at {url}"
        assert "JupyterLab" in page
    finally:
        log = stop(server)
    # make echoes the command it ran: JupyterLab opened on the start page, not the file browser.
    commands = [line for line in log.splitlines() if "/jupyter lab " in line]
    assert commands and commands[0].endswith(f" {start_page}"), log[-2000:]
    # On a remote or headless machine (--no-browser) the learner opens the URL JupyterLab
    # prints: it must lead to the start page too, not to the Launcher.
    printed = [line for line in log.splitlines() if f"http://127.0.0.1:{port}/" in line]
    assert printed, log[-2000:]
    assert all(f"/lab/tree/{start_page}?token=" in line for line in printed), log[-2000:]


def test_make_lab_refuses_an_unknown_edition():
    import subprocess

    run = subprocess.run(
        ["make", "--no-print-directory", "lab", "EDITION=fr"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0 and "EDITION is en or ko, got 'fr'" in run.stdout + run.stderr
