"""Speaker notes: written once in the notebooks, folded away for learners, open in the decks.

A notes cell (slide type "notes") is a collapsed HTML ``<details>`` block, so a learner in
JupyterLab sees one line, "Speaker notes (for instructors)" (in the Korean edition "발표자 노트
(강사용)"), and can open it; the decks of `make slides` unwrap the block and show its
Say / Ask / Watch for / Time lines (말하기 / 질문 / 살펴볼 점 / 시간) in reveal.js' speaker view.
"""

from __future__ import annotations

import re

SUMMARIES = {"en": "Speaker notes (for instructors)", "ko": "발표자 노트 (강사용)"}
# The lines every notes cell has, by edition: what to say, ask, watch for, and the minutes.
FIELDS = {
    "en": {"say": "Say", "ask": "Ask", "watch": "Watch for", "time": "Time"},
    "ko": {"say": "말하기", "ask": "질문", "watch": "살펴볼 점", "time": "시간"},
}
CLOSING = "\n\n</details>"


def opening(language: str = "en") -> str:
    return f"<details><summary>{SUMMARIES[language]}</summary>\n\n"


_WRAPPED = re.compile(
    r"\A<details><summary>(?:"
    + "|".join(re.escape(summary) for summary in SUMMARIES.values())
    + rf")</summary>\s*(?P<body>.*?)\s*{re.escape(CLOSING.strip())}\s*\Z",
    re.S,
)


def wrap(body: str, language: str = "en") -> str:
    """The cell source for notes ``body`` (the markdown list), folded for learners."""
    return f"{opening(language)}{body.strip()}{CLOSING}"


def unwrap(source: str) -> str | None:
    """The markdown inside a folded notes cell, or None when ``source`` is not one."""
    match = _WRAPPED.match(source.strip())
    return match.group("body") if match else None
