"""The course's figure fonts: matplotlib's DejaVu Sans, with a bundled Hangul font behind it.

Matplotlib (3.6 and later) draws each character with the first font in ``font.family`` that has
it, so with ``["sans-serif", "NanumGothic"]`` Latin text looks as it always did and Hangul comes
from ``NanumGothic.ttf`` in this folder (see README.md here for where it comes from and why).
"""

from __future__ import annotations

from pathlib import Path

HANGUL_FONT = "NanumGothic"
HANGUL_FONT_FILE = Path(__file__).with_name("NanumGothic.ttf")


def use_course_fonts() -> None:
    """Register the bundled Hangul font with matplotlib and make it the fallback font.

    Safe to call again: the font is added once, and ``font.family`` is set to the same list.
    """
    import matplotlib
    from matplotlib import font_manager

    bundled = str(HANGUL_FONT_FILE)
    if not any(font.fname == bundled for font in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(bundled)
    matplotlib.rcParams["font.family"] = ["sans-serif", HANGUL_FONT]
