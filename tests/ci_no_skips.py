"""A pytest hook: in CI (the CI variable set, as .ci/run does) a skipped test counts as failed.

Outside CI, skipping a test that needs something missing (Chromium, a namespace) is a kindness;
in CI, where everything is installed on purpose, a skip would hide exactly the breakage CI is for.
"""

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and in_ci() and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where nothing may be missing: {reason}"
