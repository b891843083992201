"""In CI a skipped test is a failure: a missing dependency must turn CI red, not quietly skip.

Outside CI a test may skip with a reason (no Chromium on a learner's laptop, say); in CI, where
`.ci/run` installs everything and sets CI=true, the same skip fails with that reason.
"""

import pytest

pytest_plugins = ["pytester"]

SKIPPING = """
import pytest

def test_skips():
    pytest.skip("no Chromium here")

def test_imports_a_missing_dependency():
    pytest.importorskip("no_such_module_for_the_course")

@pytest.mark.skipif(True, reason="only elsewhere")
def test_marked():
    pass

def test_passes():
    pass
"""


@pytest.fixture
def project(pytester):
    pytester.makeconftest("from tests.ci_no_skips import pytest_runtest_makereport  # noqa: F401")
    pytester.makepyfile(test_skipping=SKIPPING)
    return pytester


def test_skips_stay_skips_outside_ci(project, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    project.runpytest_inprocess().assert_outcomes(passed=1, skipped=3)


@pytest.mark.parametrize("value", ["true", "1"])
def test_every_kind_of_skip_fails_in_ci(project, monkeypatch, value):
    monkeypatch.setenv("CI", value)
    result = project.runpytest_inprocess("-rfE")
    outcomes = result.parseoutcomes()
    # A skip raised while setting a test up (a skipif mark, a fixture) reports as an error.
    assert outcomes.get("failed", 0) + outcomes.get("errors", 0) == 3, outcomes
    assert outcomes.get("passed") == 1 and "skipped" not in outcomes, outcomes
    result.stdout.fnmatch_lines(["*skipped in CI*no Chromium here*"])
    result.stdout.fnmatch_lines(["*skipped in CI*no_such_module_for_the_course*"])
