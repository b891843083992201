"""Start and stop a JupyterLab for a test: shared by test_make_lab.py and test_lab_widgets.py."""

import os
import signal
import socket
import subprocess
import time
import urllib.request


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(command: list[str], cwd=None, capture: bool = False) -> subprocess.Popen:
    """Run ``command`` in a process group of its own, so the server and its kernels stop together.
    With ``capture``, stdout and stderr are kept (as text) for the test to read."""
    output = subprocess.PIPE if capture else subprocess.DEVNULL
    return subprocess.Popen(
        command,
        cwd=cwd,
        stdout=output,
        stderr=subprocess.STDOUT if capture else subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )


def wait_for(url: str, server: subprocess.Popen, seconds: float = 120):
    """The first answer of ``url`` as (status, body), retrying while the server starts up;
    (None, "") if it never answered within ``seconds`` or the server exited."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except OSError:
            time.sleep(0.5)
    return None, ""


def stop(server: subprocess.Popen) -> str:
    """Stop the server's whole process group; return what it printed, if it was captured."""
    os.killpg(server.pid, signal.SIGTERM)
    try:
        log, _ = server.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        log, _ = server.communicate()
    return log or ""
