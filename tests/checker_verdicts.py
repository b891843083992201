"""How the checkers' tests run a checker: once in each language it speaks, one verdict line each.

Shared by tests/test_checks.py and tests/test_checker_answers.py.
"""

from __future__ import annotations

import re

from helpers.checks._verdict import (
    CHECKER_FAILED,
    CHECKER_FAILED_KO,
    NOT_DONE,
    NOT_DONE_KO,
    NOT_YET,
    NOT_YET_KO,
    PASSED,
    PASSED_KO,
)
from helpers.i18n import speaking

# The verdict prefixes in each language the checkers speak.
PREFIXES = {
    "en": {"passed": PASSED, "not_yet": NOT_YET, "not_done": NOT_DONE, "failed": CHECKER_FAILED},
    "ko": {
        "passed": PASSED_KO,
        "not_yet": NOT_YET_KO,
        "not_done": NOT_DONE_KO,
        "failed": CHECKER_FAILED_KO,
    },
}
HANGUL = re.compile("[\uac00-\ud7a3]")


def verdict(capsys, check, *answer, language="en"):
    """Run a checker speaking ``language``; return (its bool, the one line it printed)."""
    with speaking(language):
        result = check(*answer)
    lines = capsys.readouterr().out.splitlines()
    assert isinstance(result, bool)
    assert len(lines) == 1, lines
    return result, lines[0]


def verdicts(capsys, check, *answer, kind):
    """Run a checker in English, then in Korean: each line is that language's ``kind`` of verdict
    ("passed", "not_yet", "not_done", "failed"): its prefix, a space, the message; the Korean
    message is written in Korean. Returns the two lines, {"en": ..., "ko": ...}."""
    lines = {}
    for language, prefixes in PREFIXES.items():
        result, line = verdict(capsys, check, *answer, language=language)
        assert result is (kind == "passed"), line
        assert line.startswith(prefixes[kind] + " "), line
        lines[language] = line
    assert HANGUL.search(lines["ko"][len(PREFIXES["ko"][kind]) :]), lines["ko"]
    return lines
