// What on the current reveal.js slide cannot be seen: every piece of text, formula and image
// must lie inside the 1280 x 800 slide (and inside any box that scrolls or clips it).
// Returns one line per clipped item; run by tests/test_slides.py in Chromium, given the deck's
// module name for reveal.js ("vendor/reveal.js/dist/reveal.js", or "../vendor/..." under ko/).
(revealModule) => {
  const Reveal = require(revealModule);
  const slide = Reveal.getCurrentSlide();
  const scale = Reveal.getScale();
  const config = Reveal.getConfig();
  const canvas = document.querySelector(".reveal .slides").getBoundingClientRect();
  const visible = {
    left: Math.max(canvas.left, 0),
    top: Math.max(canvas.top, 0),
    right: Math.min(canvas.left + config.width * scale, window.innerWidth),
    bottom: Math.min(canvas.top + config.height * scale, window.innerHeight),
  };
  const beyond = (r, box) =>
    Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
  const label = (node) =>
    (node.textContent || node.tagName).trim().replace(/\s+/g, " ").slice(0, 60);
  const clipped = [];

  function check(node, rects) {
    for (const r of rects) {
      if (r.width < 1 || r.height < 1) continue;
      let out = beyond(r, visible);
      let where = "the slide";
      for (let el = node.parentElement; el && el !== slide; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX !== "visible" || style.overflowY !== "visible") {
          const inner = beyond(r, el.getBoundingClientRect());
          if (inner > out) {
            out = inner;
            where = `a <${el.tagName.toLowerCase()}> that clips it`;
          }
        }
      }
      if (out > 2) {
        clipped.push(`${node.tagName || "text"} "${label(node)}" is ${Math.round(out / scale)}px outside ${where}`);
        return;
      }
    }
  }

  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (el.closest("aside.notes") || el.closest("section") !== slide) continue;
    if (getComputedStyle(el).display === "none") continue;
    if (node.nodeType === Node.ELEMENT_NODE) {
      // A typeset formula and an image are checked whole: MathJax clips inside its own boxes.
      if (node.classList.contains("MathJax_CHTML") || ["IMG", "CANVAS", "svg"].includes(node.tagName)) {
        check(node, [node.getBoundingClientRect()]);
      }
      continue;
    }
    if (el.closest(".MathJax_CHTML") || !node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    check(node, range.getClientRects());
  }
  return clipped;
}
