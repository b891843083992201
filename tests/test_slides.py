"""The reveal.js decks of `make slides`: one per notebook, complete offline, checked in Chromium.

`make test` builds the decks first. The browser checks need Debian's Chromium and playwright;
without Chromium they are skipped (outside CI) with a reason that says how to get it.
"""

import re
from pathlib import Path

import pytest

from tests.notebook_files import NOTEBOOKS, ROOT

SLIDES = ROOT / "build" / "slides"
SCREENSHOTS = ROOT / "build" / "screenshots"
DECKS = [SLIDES / f"{path.stem}.slides.html" for path in NOTEBOOKS]
# Attributes through which a page loads something (not <a href>, which is only a link).
LOADED = re.compile(r"<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)=[\"']([^\"']+)[\"']")
VENDOR_URL = re.compile(r"[\"'](vendor/[^\"'?]+)")


def deck_id(deck: Path) -> str:
    return deck.name.removesuffix(".slides.html")


@pytest.fixture(scope="module", autouse=True)
def decks_are_built():
    missing = [deck.name for deck in DECKS if not deck.is_file()]
    if missing:
        pytest.fail(f"decks missing under build/slides: {missing}; run `make slides`")


@pytest.mark.parametrize("deck", DECKS, ids=deck_id)
def test_deck_loads_nothing_from_the_internet(deck):
    html = deck.read_text(encoding="utf-8")
    remote = [url for url in LOADED.findall(html) if re.match(r"(https?:)?//", url)]
    assert remote == [], f"{deck.name} loads {remote}"
    assert "cdnjs" not in html and "unpkg.com" not in html, "a CDN address is left in the deck"
    local = set(VENDOR_URL.findall(html))
    assert {"vendor/reveal.js/dist/reveal.js", "vendor/require.js"} <= local, local
    for path in local:
        assert (SLIDES / path).is_file(), f"{deck.name} needs {path}, which the build did not copy"


# --- in a real browser --------------------------------------------------------------------------


@pytest.mark.parametrize("deck", DECKS, ids=deck_id)
def test_deck_renders_offline(deck, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    remote, errors = [], []

    def only_local(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:  # the deck must not need the network: block and record the attempt
            remote.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(deck.as_uri())
        page.wait_for_selector(".reveal.ready", state="attached", timeout=30_000)
        slides = page.evaluate(
            "document.querySelectorAll('.reveal .slides section:not(.stack)').length"
        )
        assert slides >= 8, f"{deck.name} has {slides} slides"
        # An instructor who pages ahead at once changes slides while MathJax is still typesetting.
        for _ in range(3):
            page.keyboard.press("ArrowRight")
        page.wait_for_function(  # MathJax has typeset the LaTeX
            "window.MathJax && MathJax.Hub && MathJax.Hub.queue.pending === 0 "
            "&& document.querySelectorAll('.mjx-chtml').length > 0",
            timeout=30_000,
        )
        formulas, typeset = page.evaluate(
            "[document.querySelectorAll('script[type^=\"math/tex\"]').length, "
            "document.querySelectorAll('.MathJax_CHTML').length]"
        )
        assert typeset == formulas, f"{formulas} formulas typeset {typeset} times"
        page.keyboard.press("Home")
        page.wait_for_timeout(300)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{deck_id(deck)}-1.png")
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(300)
        page.screenshot(path=SCREENSHOTS / f"{deck_id(deck)}-2.png")
        raw = page.evaluate("document.querySelector('.reveal .slides').innerText")
        assert "$$" not in raw and not re.search(r"^#+ ", raw, re.MULTILINE), "raw markdown shows"
    finally:
        page.close()
    assert remote == [], f"{deck.name} tried to load {remote}"
    assert errors == [], f"{deck.name} logged errors: {errors}"
