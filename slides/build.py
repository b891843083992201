"""Build one offline reveal.js deck per notebook into build/slides/ (run by `make slides`).

Every script, stylesheet and font a deck loads is copied from slides/node_modules (installed by
`npm ci` from the pinned package-lock.json) into build/slides/vendor/, so the folder works with
no internet and can be zipped and handed out as it is. Code cells tagged `slides-hide-input`
show their output only: their code does not help on a projector. Speaker notes, folded away for
learners in the notebooks, are unwrapped into reveal.js' speaker view; widgets, which need a
running kernel, are left out (every "Try it" section draws its figure once before its widget).
"""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import sys
from pathlib import Path

import nbformat
from nbconvert.exporters import SlidesExporter
from traitlets.config import Config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python slides/build.py` from the repository root

from helpers.fonts import HANGUL_FONT_FILE  # noqa: E402
from slides.speaker_notes import unwrap  # noqa: E402

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
NODE_MODULES = ROOT / "slides" / "node_modules"
OUT = ROOT / "build" / "slides"
VENDOR = "vendor"  # relative to a deck, so the decks keep working wherever the folder goes
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")

# (source under node_modules, destination under build/slides/vendor, files to leave out)
ASSETS = [
    ("reveal.js/dist", "reveal.js/dist", ()),
    ("reveal.js/plugin/notes", "reveal.js/plugin/notes", ()),
    # MathJax 2 with the CommonHTML output and its woff fonts only.
    ("mathjax", "mathjax", ("unpacked", "test", "otf", "eot", "svg", "*.md")),
    ("requirejs/require.js", "require.js", ()),
    ("jquery/dist/jquery.min.js", "jquery.min.js", ()),
    ("@jupyter-widgets/html-manager/dist", "html-manager", ("*.map",)),
]


def copy_assets() -> None:
    if not NODE_MODULES.is_dir():
        sys.exit("slides/node_modules is missing: run `make slides` (it runs `npm ci` first)")
    for source, destination, leave_out in ASSETS:
        src, dst = NODE_MODULES / source, OUT / VENDOR / destination
        if dst.exists():
            shutil.rmtree(dst) if dst.is_dir() else dst.unlink()
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns(*leave_out))
        else:
            shutil.copy2(src, dst)


def exporter(vendor: str = VENDOR) -> SlidesExporter:
    """The deck exporter; ``vendor`` is the assets folder as the deck's own folder reaches it."""
    config = Config()
    config.SlidesExporter.extra_template_basedirs = [str(ROOT / "slides" / "templates")]
    config.SlidesExporter.template_name = "course"
    config.SlidesExporter.reveal_url_prefix = f"{vendor}/reveal.js"
    config.SlidesExporter.reveal_theme = "white"  # its fonts ship with reveal.js
    config.SlidesExporter.reveal_transition = "none"  # calmer on a projector
    # No scroll bars: every slide must fit (tests/test_slides.py pages through all of them).
    config.SlidesExporter.reveal_scroll = False
    # A 16:10 canvas instead of 960 x 700, so that a line of code fits at a readable size.
    config.SlidesExporter.reveal_width = "1280"
    config.SlidesExporter.reveal_height = "800"
    config.SlidesExporter.mathjax_url = (
        f"{vendor}/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe"
    )
    config.SlidesExporter.require_js_url = f"{vendor}/require.js"
    config.SlidesExporter.jquery_url = f"{vendor}/jquery.min.js"
    config.SlidesExporter.widget_renderer_url = f"{vendor}/html-manager/embed-amd.js"
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_input_tags = {"slides-hide-input"}
    return SlidesExporter(config=config)


def shows_a_widget(cell: nbformat.NotebookNode) -> bool:
    return any(WIDGET_VIEW in output.get("data", {}) for output in cell.get("outputs", []))


def for_the_deck(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook as its deck shows it: notes unwrapped, cells that show a widget left out."""
    cells = []
    for cell in notebook.cells:
        if cell.cell_type == "code" and shows_a_widget(cell):
            continue  # sliders that move nothing and a second copy of the figure above them
        if cell.metadata.get("slideshow", {}).get("slide_type") == "notes":
            body = unwrap(cell.source)
            if body is None:
                sys.exit(
                    f"a notes cell is not folded as slides/speaker_notes.py says:\n{cell.source}"
                )
            cell = nbformat.from_dict({**cell, "source": body})
        cells.append(cell)
    return nbformat.from_dict({**notebook, "cells": cells})


def hangul_font_url(notebook: nbformat.NotebookNode) -> str:
    """The course's Hangul font (helpers/fonts/, SIL Open Font License), cut down to the Korean
    characters of ``notebook`` and inlined as a data URL: a deck opened from disk may not load a
    font file beside it (Chromium refuses fonts across file:// URLs), and a deck's own characters
    take a few dozen KiB where the whole font takes 4.7 MB."""
    from fontTools import subset

    characters = sorted(set(HANGUL.findall(json.dumps(notebook, ensure_ascii=False))))
    if not characters:
        return "data:font/ttf;base64,"
    options = subset.Options()
    options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]  # hinting sources, not needed
    font = subset.load_font(str(HANGUL_FONT_FILE), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(characters))
    subsetter.subset(font)
    data = io.BytesIO()
    font.save(data)
    return "data:font/ttf;base64," + base64.b64encode(data.getvalue()).decode("ascii")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    copy_assets()
    # The English decks in build/slides/, the Korean edition's in build/slides/ko/.
    for notebooks, out, vendor in (
        (ROOT / "notebooks", OUT, VENDOR),
        (ROOT / "notebooks" / "ko", OUT / "ko", f"../{VENDOR}"),
    ):
        slides = exporter(vendor)
        out.mkdir(parents=True, exist_ok=True)
        for path in sorted(notebooks.glob("[0-9][0-9]*_*.ipynb")):
            notebook = for_the_deck(nbformat.read(path, as_version=4))
            resources = {"course_font_url": hangul_font_url(notebook)}
            body, _ = slides.from_notebook_node(notebook, resources=resources)
            deck = out / f"{path.stem}.slides.html"
            deck.write_text(body, encoding="utf-8")
            print(f"{deck.relative_to(ROOT)}  ({len(body) // 1024} KiB)")


if __name__ == "__main__":
    main()
