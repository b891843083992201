"""The Korean edition beside the English one: which cell translates which, and whether it still
does.

``notebooks/ko/NN_name.ipynb`` translates ``notebooks/NN_name.ipynb`` cell by cell: the same cells
in the same order, with the same ids, types, tags and slide types. Each Korean cell records, in
its metadata ``translation.source``, a hash of the English cell it translates, so an English cell
changed since then is named until its Korean twin is updated and stamped again
(``python scripts/translations.py stamp NN CELL_ID``).

A Korean code cell computes what its English cell computes: the two parse to the same syntax tree
once comments and the text of strings are set aside (an f-string's pieces may come in another
order, as Korean word order wants). A string may differ only where it is shown to the learner:
printed, displayed, a figure's title or label, an assertion's or an error's message, a
docstring. Anywhere else (a file name, a dictionary key, an activation's name, a training text)
a changed string would change what the cell computes, and is refused.

A Korean markdown cell keeps every formula, code span and link target of its English cell.

``scripts/translations.py`` is the translator's tool around these checks.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import re
from pathlib import Path

from markdown_it import MarkdownIt

from tests.notebook_files import NOTEBOOK_DIR, code_cells, read

KO_DIR = NOTEBOOK_DIR / "ko"
SOLUTIONS = NOTEBOOK_DIR / "solutions"
KO_SOLUTIONS = KO_DIR / "solutions"

# Calls whose string arguments are shown to the learner, and keywords whose strings are labels.
DISPLAY_CALLS = {
    "print", "display", "Markdown", "HTML", "Latex",
    "set_title", "set_xlabel", "set_ylabel", "suptitle", "title", "xlabel", "ylabel",
    "text", "annotate", "legend", "set_text", "set_label", "Label", "HTMLMath",
    "ValueError", "TypeError", "RuntimeError", "AssertionError", "NotImplementedError",
    "Exception", "KeyError", "IndexError",
}  # fmt: skip
DISPLAY_KEYWORDS = {
    "title", "xlabel", "ylabel", "label", "labels", "description", "caption", "button",
    "placeholder", "reference",
}  # fmt: skip
# Names whose assigned strings are captions: ``title = "..."`` then ``plot(..., title=title)``.
DISPLAY_NAMES = re.compile(
    r"(^|_)(title|titles|label|labels|caption|message|heading|outcome)s?($|_)"
)
# Expressions a shown string passes through on its way to the learner.
PASS_THROUGH = (
    ast.JoinedStr, ast.FormattedValue, ast.List, ast.Tuple, ast.Dict, ast.BinOp,
    ast.IfExp, ast.keyword, ast.Starred, ast.GeneratorExp, ast.ListComp, ast.DictComp,
    ast.SetComp,
)  # fmt: skip
STRING_METHODS = {"format", "join", "upper", "lower", "title", "strip", "rstrip", "ljust", "rjust"}

MATH = re.compile(r"\$\$.+?\$\$|\$[^$]+?\$", re.DOTALL)  # inline ones may wrap a line
LINK_TARGET = re.compile(r"\]\(([^)\s]+)\)")


def source_hash(source: str) -> str:
    """What a Korean cell records of the English cell it translates."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def korean_path(english: Path) -> Path:
    return KO_DIR / english.name


def recorded_hash(cell) -> str | None:
    return cell.metadata.get("translation", {}).get("source")


def stamp(cell, english_cell) -> None:
    cell.metadata["translation"] = {"source": source_hash(english_cell.source)}


# --- code: the same syntax tree, strings aside ---------------------------------------------------


def _magics_and_code(source: str) -> tuple[list[str], str]:
    """IPython's ``%`` and ``!`` lines (compared as they are) and the Python around them."""
    magics, code = [], []
    for line in source.splitlines():
        if line.lstrip().startswith(("%", "!")):
            magics.append(line.strip())
            code.append("")
        else:
            code.append(line)
    return magics, "\n".join(code)


class _SetStringsAside(ast.NodeTransformer):
    """Every string constant becomes ``'…'``; an f-string keeps only its expressions, sorted."""

    def visit_Constant(self, node):
        if isinstance(node.value, str):
            return ast.copy_location(ast.Constant("…"), node)
        return node

    def visit_JoinedStr(self, node):
        parts = sorted(
            (
                self.visit(value.value)
                for value in node.values
                if isinstance(value, ast.FormattedValue)
            ),
            key=ast.dump,
        )
        return ast.copy_location(ast.Tuple(elts=parts, ctx=ast.Load()), node)


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_docstring(node: ast.AST, parents: dict) -> bool:
    expression = parents.get(node)
    owner = parents.get(expression)
    return (
        isinstance(expression, ast.Expr)
        and isinstance(owner, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        and owner.body[0] is expression
    )


def _names_text(keyword: str | None) -> bool:
    """A keyword argument that takes shown text: ``title=``, ``correlation_title=``, ..."""
    return keyword is not None and (
        keyword in DISPLAY_KEYWORDS or bool(DISPLAY_NAMES.search(keyword))
    )


def is_shown(node: ast.AST, parents: dict) -> bool:
    """Whether a string (or f-string) node is text for the learner's eyes, not data."""
    if _is_docstring(node, parents):
        return True
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.keyword) and _names_text(parent.arg):
            return True
        if isinstance(parent, ast.Assert):
            return child is parent.msg
        if isinstance(parent, ast.Raise):
            return True
        if isinstance(parent, (ast.Assign, ast.AnnAssign)):
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            return bool(names) and all(DISPLAY_NAMES.search(name) for name in names)
        if isinstance(parent, ast.Call):
            if child is parent.func:  # "...".format(...): the call on a string
                if isinstance(child, ast.Attribute) and child.attr in STRING_METHODS:
                    child, parent = parent, parents.get(parent)
                    continue
                return False
            if _call_name(parent) in DISPLAY_CALLS:
                return True
            if isinstance(parent.func, ast.Attribute) and parent.func.attr in STRING_METHODS:
                child, parent = parent, parents.get(parent)
                continue
            if isinstance(child, ast.keyword):
                return _names_text(child.arg)
            return False
        if isinstance(parent, ast.Attribute) and parent.attr in STRING_METHODS:
            child, parent = parent, parents.get(parent)
            continue
        if not isinstance(parent, PASS_THROUGH):
            return False
        child, parent = parent, parents.get(parent)
    return False


def _strings(tree: ast.AST) -> list[ast.AST]:
    """String constants and f-strings (outermost only), in a fixed walking order."""
    found = []

    def walk(node):
        if isinstance(node, ast.JoinedStr) or (
            isinstance(node, ast.Constant) and isinstance(node.value, str)
        ):
            found.append(node)
            return
        for child in ast.iter_child_nodes(node):
            walk(child)

    walk(tree)
    return found


def _is_language_choice(node: ast.AST, parents: dict) -> bool:
    """The one planned difference: ``setup_lesson(..., language="ko")``, or
    ``set_language("ko")`` where a notebook has no setup call (00)."""
    parent = parents.get(node)
    if isinstance(parent, ast.Call) and _call_name(parent) == "set_language":
        return node in parent.args
    call = parents.get(parent)
    return (
        isinstance(parent, ast.keyword)
        and parent.arg == "language"
        and isinstance(call, ast.Call)
        and _call_name(call) == "setup_lesson"
    )


def _keys(tree: ast.AST) -> set[str]:
    """Strings that name things: dictionary keys (in a dict literal, or indexing one), and
    labels of several words that no call receives directly, such as the first item of a table
    row ``("100 epochs, as in the notes", steps, error)``."""
    keys, handed = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys |= {k.value for k in node.keys if isinstance(k, ast.Constant)}
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            keys.add(node.slice.value)
        elif isinstance(node, ast.Tuple):
            keys |= {
                e.value for e in node.elts if isinstance(e, ast.Constant) and " " in str(e.value)
            }
        elif isinstance(node, ast.Call):
            arguments = [*node.args, *(k.value for k in node.keywords)]
            handed |= {a.value for a in arguments if isinstance(a, ast.Constant)}
    return {key for key in keys if isinstance(key, str)} - (handed - _dict_keys(tree))


def _dict_keys(tree: ast.AST) -> set[str]:
    return {
        k.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        for k in node.keys
        if isinstance(k, ast.Constant)
    }


def compare_code(english: str, korean: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Why a Korean code cell does not compute what the English one does, and the strings it
    renames where the code uses them (``(english, korean)`` for every plain string not shown,
    changed or not), for ``notebook_problems`` to judge across the whole notebook."""
    english_magics, english_code = _magics_and_code(english)
    korean_magics, korean_code = _magics_and_code(korean)
    if english_magics != korean_magics:
        return [f"its % and ! lines differ: {korean_magics} against {english_magics}"], []
    try:
        english_tree = ast.parse(english_code)
    except SyntaxError:
        return [], []  # an English cell that does not parse on purpose is compared as text
    try:
        korean_tree = ast.parse(korean_code)
    except SyntaxError as error:
        return [f"it does not parse: {error.msg}, line {error.lineno}"], []
    plain = [
        ast.dump(_SetStringsAside().visit(ast.parse(code))) for code in (english_code, korean_code)
    ]
    if plain[0] != plain[1]:
        ours = ast.unparse(_SetStringsAside().visit(ast.parse(korean_code))).splitlines()
        theirs = ast.unparse(_SetStringsAside().visit(ast.parse(english_code))).splitlines()
        first = next(
            (i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b),
            min(len(ours), len(theirs)),
        )
        line = (ours + ["(nothing)"])[first]
        wanted = (theirs + ["(nothing)"])[first]
        return [f"its code differs from the English beyond comments and text: {line!r}, "
                f"where the English has {wanted!r}"], []  # fmt: skip
    problems, renames = [], []
    english_parents, korean_parents = _parents(english_tree), _parents(korean_tree)
    for ours, theirs in zip(_strings(korean_tree), _strings(english_tree), strict=True):
        same = ast.dump(ours) == ast.dump(theirs)
        if is_shown(theirs, english_parents) and is_shown(ours, korean_parents):
            continue
        if isinstance(theirs, ast.Constant) and isinstance(ours, ast.Constant):
            if _is_language_choice(theirs, english_parents):
                if (theirs.value, ours.value) != ("en", "ko"):
                    problems.append(f'its setup call should say language="ko", not {ours.value!r}')
                continue
            renames.append((theirs.value, ours.value))
        elif not same and not isinstance(english_parents.get(theirs), (ast.Tuple, ast.Dict)):
            # (an f-string in a tuple or a dict is a label: f"until |error| < {FIT_ERROR}")
            problems.append(
                f"it changes {ast.unparse(theirs)!r} to {ast.unparse(ours)!r}, which is not "
                "shown to the learner but used by the code: keep it as it is"
            )
    return problems, renames


def code_problems(english: str, korean: str, keys: frozenset[str] = frozenset()) -> list[str]:
    """Why a Korean code cell does not compute what the English one does (empty if it does).

    On its own a cell may rename no string the code uses; ``notebook_problems`` allows a
    dictionary key (``keys``) renamed the same way everywhere in the notebook."""
    problems, renames = compare_code(english, korean)
    return problems + _rename_problems(renames, keys)


def _rename_problems(renames: list[tuple[str, str]], keys: frozenset[str]) -> list[str]:
    """A string the code uses may change only if it is a dictionary key (a label the helpers
    draw, such as a curve's name) and it changes the same way wherever it appears: then the
    Korean code computes the same with other names. Anything else is refused."""
    problems = []
    korean_of: dict[str, set[str]] = {}
    english_of: dict[str, set[str]] = {}
    for english, korean in renames:
        korean_of.setdefault(english, set()).add(korean)
        english_of.setdefault(korean, set()).add(english)
    for english, korean in dict.fromkeys(renames):
        if english == korean and len(korean_of[english]) == 1:
            continue
        if english not in keys:
            if english != korean:
                problems.append(
                    f"it changes {english!r} to {korean!r}, which is not shown to the learner but "
                    "used by the code: keep it as it is"
                )
        elif len(korean_of[english]) > 1 or len(english_of[korean]) > 1:
            problems.append(
                f"the key {english!r} becomes {sorted(korean_of[english])} in different places: "
                "rename a key the same way everywhere in the notebook, or nowhere"
            )
    return list(dict.fromkeys(problems))


# --- markdown: the same formulas, code and links --------------------------------------------------


_MARKDOWN = MarkdownIt("commonmark").enable("table")


def _code(text: str) -> list[str]:
    """Code spans and code blocks, as CommonMark reads them, with their spacing made plain."""
    found = []
    for block in _MARKDOWN.parse(text):
        if block.type in ("fence", "code_block"):
            found.append(block.content)
        for token in block.children or []:
            if token.type == "code_inline":
                found.append(token.content)
    return [" ".join(item.split()) for item in found]


def _literal_emphasis(text: str) -> list[str]:
    """Text in which ``**`` or ``*`` stays as it is typed instead of making bold or italics (in
    Korean, a closing ``**`` right after a parenthesis and before a particle, ``**A(b)**는``)."""
    shown = []
    for block in _MARKDOWN.parse(MATH.sub("M", text)):  # a formula reads as a letter
        for token in block.children or []:
            if token.type == "text" and "*" in token.content:
                shown.append(token.content)
    return shown


def _formulas(text: str) -> list[str]:
    """Every formula, with its spacing and line breaks made plain (code may hold a $)."""
    for code in sorted(set(_code(text)), key=len, reverse=True):
        text = text.replace(f"`{code}`", " ")
    return [" ".join(found.split()) for found in MATH.findall(text)]


def markdown_problems(english: str, korean: str) -> list[str]:
    """What a Korean markdown cell lost of its English cell's formulas, code and links, and any
    emphasis it types that does not render."""
    problems = []
    ours = set(_formulas(korean))
    for formula in dict.fromkeys(_formulas(english)):
        if formula not in ours:
            problems.append(f"it lacks the English cell's formula {formula}")
    our_code = set(_code(korean))
    for code in dict.fromkeys(_code(english)):
        if code not in our_code:
            problems.append(f"it lacks the English cell's code `{code}`")
    for target in dict.fromkeys(LINK_TARGET.findall(english)):
        if target not in korean:
            problems.append(f"it lacks the English cell's link to {target}")
    if not _literal_emphasis(english):
        for text in _literal_emphasis(korean):
            problems.append(
                f"its * or ** shows as typed in {text.strip()[:60]!r}: CommonMark ends bold "
                "after a parenthesis only before a space or punctuation, so write "
                "**은닉 상태**(hidden state)는, not **은닉 상태(hidden state)**는"
            )
    return problems


# --- a whole notebook ----------------------------------------------------------------------------


def notebook_problems(english_path: Path) -> list[str]:
    """Every way the Korean twin of ``english_path`` is missing, out of step, or not the same
    lesson; each names the cell."""
    korean_file = korean_path(english_path)
    if not korean_file.exists():
        return [f"{english_path.name} has no Korean twin at notebooks/ko/{english_path.name}"]
    english, korean = read(english_path), read(korean_file)
    where = f"notebooks/ko/{english_path.name}"
    english_ids = [cell.id for cell in english.cells]
    korean_ids = [cell.id for cell in korean.cells]
    if english_ids != korean_ids:
        extra = [i for i in korean_ids if i not in english_ids]
        missing = [i for i in english_ids if i not in korean_ids]
        return [
            f"{where} does not have the English notebook's cells in its order: "
            f"missing {missing}, not in the English {extra}"
        ]
    problems, renames = [], []
    for ours, theirs in zip(korean.cells, english.cells, strict=True):
        cell = f"{where} cell {ours.id!r}"
        if ours.cell_type != theirs.cell_type:
            problems.append(f"{cell} is {ours.cell_type}, the English cell {theirs.cell_type}")
            continue
        for key in ("tags", "slideshow"):
            if ours.metadata.get(key) != theirs.metadata.get(key):
                problems.append(
                    f"{cell} has {key} {ours.metadata.get(key)}, the English cell "
                    f"{theirs.metadata.get(key)}"
                )
        if recorded_hash(ours) != source_hash(theirs.source):
            problems.append(
                f"{cell} translates an older version of the English cell (or none): update the "
                f"Korean, then run `python scripts/translations.py stamp "
                f"{english_path.name.split('_')[0]} {ours.id}`"
            )
        if ours.cell_type == "code":
            found, renamed = compare_code(theirs.source, ours.source)
            renames += [(cell, english, korean) for english, korean in renamed]
        else:
            found = markdown_problems(theirs.source, ours.source)
        problems += [f"{cell}: {problem}" for problem in found]
    whole = ast.Module(body=[], type_ignores=[])  # the notebook's code, every cell together
    for code_cell in code_cells(english):
        with contextlib.suppress(SyntaxError):
            whole.body += ast.parse(_magics_and_code(code_cell.source)[1]).body
    keys = frozenset(_keys(whole))
    pairs = [(english, korean) for _, english, korean in renames]
    for problem in _rename_problems(pairs, keys):
        cells = sorted({cell.split(" cell ")[1] for cell, english, korean in renames
                        if repr(english) in problem and english != korean})  # fmt: skip
        problems.append(f"{where} cells {', '.join(cells)}: {problem}")
    return problems


def solution_problems(english_path: Path) -> list[str]:
    """A Korean solution file computes what its English one does."""
    korean_file = KO_SOLUTIONS / english_path.name
    if not korean_file.exists():
        return [f"solutions/{english_path.name} has no Korean twin in notebooks/ko/solutions/"]
    found = code_problems(english_path.read_text("utf-8"), korean_file.read_text("utf-8"))
    return [f"notebooks/ko/solutions/{english_path.name}: {problem}" for problem in found]
