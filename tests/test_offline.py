"""tests/offline.sh, which `make test` runs everything through: outside unreachable, loopback up."""

import subprocess
import sys
from pathlib import Path

import pytest

OFFLINE = Path(__file__).resolve().parent / "offline.sh"
# Inside: can a kernel reach itself over loopback, and can anything reach the outside?
PROBE = """
import socket
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
socket.create_connection(server.getsockname(), timeout=5).close()
print("loopback: up")
try:
    socket.create_connection(("192.0.2.1", 80), timeout=5)  # TEST-NET-1, never a real host
    print("outside: reachable")
except OSError as error:
    print(f"outside: unreachable ({error.strerror})")
"""


def test_offline_runs_a_command_with_loopback_only():
    run = subprocess.run(
        [str(OFFLINE), sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    if "cannot make a network namespace" in run.stdout:
        # In CI (root) a namespace can always be made, and this skip counts as a failure.
        pytest.skip(run.stdout.strip())
    assert "loopback only" in run.stdout
    assert "loopback: up" in run.stdout
    assert "outside: unreachable (Network is unreachable)" in run.stdout, run.stdout


def test_offline_passes_the_exit_status_on():
    run = subprocess.run([str(OFFLINE), "sh", "-c", "exit 3"], capture_output=True, timeout=60)
    assert run.returncode == 3
