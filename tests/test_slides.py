"""The reveal.js decks of `make slides`: one per notebook, complete offline, checked in Chromium.

`make test` builds the decks first. The browser checks need Debian's Chromium and playwright;
without Chromium they are skipped (outside CI) with a reason that says how to get it.
"""

import re
from pathlib import Path

import pytest

from slides.speaker_notes import FIELDS, SUMMARIES, unwrap
from tests.notebook_files import BOTH_EDITIONS, KO_NOTEBOOK_DIR, ROOT, edition_name, read

SLIDES = ROOT / "build" / "slides"
SCREENSHOTS = ROOT / "build" / "screenshots"
KOREAN = "ko"


def deck_of(path: Path) -> Path:
    """The deck of a notebook: build/slides/NN_….slides.html, or build/slides/ko/… for Korean."""
    folder = SLIDES / KOREAN if path.parent == KO_NOTEBOOK_DIR else SLIDES
    return folder / f"{path.stem}.slides.html"


DECKS = [deck_of(path) for path in BOTH_EDITIONS]
NOTEBOOK_OF = {deck_of(path): path for path in BOTH_EDITIONS}
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Attributes through which a page loads something (not <a href>, which is only a link).
LOADED = re.compile(r"<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)=[\"']([^\"']+)[\"']")
VENDOR_URL = re.compile(r"[\"']((?:\.\./)?vendor/[^\"'?]+)")


def deck_id(deck: Path) -> str:
    name = deck.name.removesuffix(".slides.html")
    return f"{KOREAN}/{name}" if deck.parent.name == KOREAN else name


def language(deck: Path) -> str:
    return KOREAN if deck.parent.name == KOREAN else "en"


def vendor(deck: Path) -> str:
    """The assets folder as the deck's HTML names it."""
    return "../vendor" if language(deck) == KOREAN else "vendor"


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
    wanted = {f"{vendor(deck)}/reveal.js/dist/reveal.js", f"{vendor(deck)}/require.js"}
    assert wanted <= local, local
    for path in local:
        assert (deck.parent / path).is_file(), f"{deck.name} needs {path}, which the build lacks"


@pytest.mark.parametrize("path", BOTH_EDITIONS, ids=edition_name)
def test_speaker_notes_are_folded_for_learners(path):
    """In JupyterLab a notes cell shows one closed line; its Say / Ask / Watch for / Time inside
    (말하기 / 질문 / 살펴볼 점 / 시간 in the Korean edition)."""
    edition = language(deck_of(path))
    notes = [
        cell
        for cell in read(path).cells
        if cell.metadata.get("slideshow", {}).get("slide_type") == "notes"
    ]
    assert notes, f"{path.name} has no speaker notes"
    for cell in notes:
        body = unwrap(cell.source)
        assert body is not None, f"{path.name}: a notes cell is not folded:\n{cell.source}"
        assert "<details open" not in cell.source
        assert f"<summary>{SUMMARIES[edition]}</summary>" in cell.source, cell.source[:80]
        for field in FIELDS[edition].values():
            assert f"- **{field}:**" in body, f"{path.name}: notes without {field}:\n{body}"


@pytest.mark.parametrize("deck", DECKS, ids=deck_id)
def test_decks_show_the_notes_unfolded_in_the_speaker_view(deck):
    html = deck.read_text(encoding="utf-8")
    asides = re.findall(r'<aside class="notes">(.*?)</aside>', html, re.DOTALL)
    expected = len([c for c in read(NOTEBOOK_OF[deck]).cells
                    if c.metadata.get("slideshow", {}).get("slide_type") == "notes"])  # fmt: skip
    assert len(asides) == expected
    say = FIELDS[language(deck)]["say"]
    assert all(f"<strong>{say}:</strong>" in aside for aside in asides)
    assert "<details" not in html, "a folded notes block reached a deck"
    assert not any(summary in html for summary in SUMMARIES.values()), "a notes summary shows"


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
        (SCREENSHOTS / f"{deck_id(deck)}-1.png").parent.mkdir(parents=True, exist_ok=True)
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


DECK_FIT = (ROOT / "tests" / "deck_fit.js").read_text(encoding="utf-8")


def reveal(deck: Path) -> str:
    return f"require('{vendor(deck)}/reveal.js/dist/reveal.js')"


@pytest.mark.parametrize("deck", DECKS, ids=deck_id)
def test_every_slide_fits_without_scrolling(deck, browser):
    """Page through every slide at 1280 x 800 with all its fragments shown: nothing may be cut
    off at the bottom or the right, nor hidden in a box that scrolls. Each slide's screenshot is
    saved as build/screenshots/<deck>/NN.png for a person to look at."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    REVEAL = reveal(deck)  # noqa: N806 - the name the JavaScript below is written with
    folder = SCREENSHOTS / deck_id(deck)
    if folder.is_dir():
        for old in folder.glob("*.png"):
            old.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    clipped = []
    try:
        page.goto(deck.as_uri())
        page.wait_for_selector(".reveal.ready", state="attached", timeout=30_000)
        indices = page.evaluate(f"{REVEAL}.getSlides().map(s => {REVEAL}.getIndices(s))")
        for number, index in enumerate(indices, start=1):
            page.evaluate(
                f"{REVEAL}.slide({index['h']}, {index['v'] or 0}, "
                f"{REVEAL}.getSlides()[{number - 1}].querySelectorAll('.fragment').length - 1)"
            )
            page.wait_for_function(
                "window.MathJax && MathJax.Hub && MathJax.Hub.queue.pending === 0", timeout=30_000
            )
            page.wait_for_timeout(100)  # the layout after MathJax's last re-render
            page.screenshot(path=folder / f"{number:02d}.png")
            title = page.evaluate(
                f"({REVEAL}.getCurrentSlide().querySelector('h1, h2, h3') || {{}}).innerText || ''"
            )
            problems = page.evaluate(DECK_FIT, f"{vendor(deck)}/reveal.js/dist/reveal.js")
            if problems:
                heading = " ".join(title.split())[:50]
                clipped.append(f"slide {number} ({heading!r}): " + "; ".join(problems[:3]))
    finally:
        page.close()
    assert clipped == [], f"{deck.name}: {len(clipped)} slides do not fit:\n" + "\n".join(clipped)


# The Korean decks, and the English start page for its glossary (the other English decks draw
# their few Korean terms the same way).
HANGUL_DECKS = [deck for deck in DECKS if language(deck) == KOREAN or deck.name.startswith("00_")]


@pytest.mark.parametrize("deck", HANGUL_DECKS, ids=deck_id)
def test_hangul_renders_in_the_course_font(deck, browser):
    """Korean text on every slide is drawn from the Hangul font the deck ships (vendor/fonts/), as
    Chromium reports the fonts it used: never a box for a missing glyph, on a machine with no
    Korean font too. Up to 40 pieces of text are checked, across the slides that have Korean."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    REVEAL = reveal(deck)  # noqa: N806 - the name the JavaScript below is written with
    selector = ", ".join(
        f".reveal .slides section.present:not(.stack) {tag}"
        for tag in ("h1", "h2", "h3", "p", "li", "td", "th", "pre")
    )
    checked = []
    try:
        page.goto(deck.as_uri())
        page.wait_for_selector(".reveal.ready", state="attached", timeout=30_000)
        cdp = page.context.new_cdp_session(page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        indices = page.evaluate(f"{REVEAL}.getSlides().map(s => {REVEAL}.getIndices(s))")
        for index in indices:
            if len(checked) >= 40:
                break
            page.evaluate(f"{REVEAL}.slide({index['h']}, {index['v'] or 0})")
            page.evaluate("document.fonts.ready.then(() => true)")
            root = cdp.send("DOM.getDocument", {"depth": -1})["root"]
            nodes = cdp.send(
                "DOM.querySelectorAll", {"nodeId": root["nodeId"], "selector": selector}
            )
            for node in nodes["nodeIds"]:
                html = cdp.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"]
                text = re.sub(r"<[^>]+>", "", html)
                if not HANGUL.search(text):
                    continue
                fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
                if not fonts:  # its text sits in child elements, which are checked themselves
                    continue
                ours = [f for f in fonts if f.get("isCustomFont") and f["glyphCount"] > 0]
                assert ours, f"{deck.name}: Korean in {text.strip()[:60]!r} drawn with {fonts}"
                checked.append(text)
        assert checked, f"{deck.name} has Korean text, but none was found to check"
    finally:
        page.close()
