"""The language the helpers speak to a learner: English or Korean, chosen once per notebook.

A lesson's setup call chooses it (``setup_lesson(2024, language="ko")`` in the Korean edition);
every message a learner reads from ``helpers`` (a checker's verdict and hint, a bad-input error,
a figure's title and labels, a widget's label) is then written in that language.

Each message is written in both languages where it is made: ``say(f"got {x}", f"받은 값: {x}")``
returns the one for the current language. Keeping the two side by side, rather than in a catalogue
keyed by the English text, means an English message cannot change without its Korean twin in
view, and no message can fall back to English unnoticed in the Korean edition.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

LANGUAGES = {"en": "English", "ko": "한국어"}

_current = "en"


def set_language(language: str) -> None:
    """Speak ``language`` (``"en"`` or ``"ko"``) from now on."""
    global _current
    if not isinstance(language, str) or language not in LANGUAGES:
        raise ValueError(
            f"language must be one of {', '.join(map(repr, LANGUAGES))} (English, 한국어), "
            f"got {language!r}"
        )
    _current = language


def current_language() -> str:
    """The language the helpers speak now: ``"en"`` or ``"ko"``."""
    return _current


def say(english: str, korean: str) -> str:
    """The text for the current language."""
    return korean if _current == "ko" else english


@contextlib.contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak ``language`` inside the ``with`` block, then the language before it (for tests)."""
    before = _current
    set_language(language)
    try:
        yield
    finally:
        set_language(before)
