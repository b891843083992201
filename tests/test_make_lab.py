"""`make lab`, the learner's command, starts JupyterLab on the start page and its URL answers."""

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START_PAGE = "lab/tree/notebooks/00_start_here.ipynb"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_lab_serves_the_start_page():
    port, token = free_port(), "course-test-token"
    args = f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token={token}"
    server = subprocess.Popen(
        ["make", "--no-print-directory", "lab", f"LAB_ARGS={args}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # so the whole process group can be stopped below
    )
    url = f"http://127.0.0.1:{port}/{START_PAGE}?token={token}"
    try:
        deadline = time.monotonic() + 120
        status = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    status = response.status
                    page = response.read().decode("utf-8", "replace")
                break
            except OSError:
                time.sleep(0.5)
        assert status == 200, f"JupyterLab never answered at {url}"
        assert "JupyterLab" in page
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            log, _ = server.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            log, _ = server.communicate()
    # make echoes the command it ran: JupyterLab opened on the start page, not the file browser.
    commands = [line for line in log.splitlines() if "/jupyter lab " in line]
    assert commands and commands[0].endswith(" notebooks/00_start_here.ipynb"), log[-2000:]
    # On a remote or headless machine (--no-browser) the learner opens the URL JupyterLab
    # prints: it must lead to the start page too, not to the Launcher.
    printed = [line for line in log.splitlines() if f"http://127.0.0.1:{port}/" in line]
    assert printed and all(f"/{START_PAGE}?token=" in line for line in printed), log[-2000:]
