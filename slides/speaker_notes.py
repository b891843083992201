"""Speaker notes: written once in the notebooks, folded away for learners, open in the decks.

A notes cell (slide type "notes") is a collapsed HTML ``<details>`` block, so a learner in
JupyterLab sees one line, "Speaker notes (for instructors)", and can open it; the decks of
`make slides` unwrap the block and show its Say / Ask / Watch for / Time lines in reveal.js'
speaker view.
"""

from __future__ import annotations

import re

SUMMARY = "Speaker notes (for instructors)"
OPENING = f"<details><summary>{SUMMARY}</summary>\n\n"
CLOSING = "\n\n</details>"
_WRAPPED = re.compile(
    rf"\A{re.escape(OPENING.strip())}\s*(?P<body>.*?)\s*{re.escape(CLOSING.strip())}\s*\Z", re.S
)


def wrap(body: str) -> str:
    """The cell source for notes ``body`` (the markdown list), folded for learners."""
    return f"{OPENING}{body.strip()}{CLOSING}"


def unwrap(source: str) -> str | None:
    """The markdown inside a folded notes cell, or None when ``source`` is not one."""
    match = _WRAPPED.match(source.strip())
    return match.group("body") if match else None
