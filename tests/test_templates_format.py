"""Templates stay readable: no line is a paragraph.

djhtml checks their indentation (`make lint`); this checks their width. Django
cannot continue a tag on the next line, so a long tag is shortened instead: fewer
arguments, a `{% with %}`, a `{% translate ... as name %}`, or text moved into a
`{% blocktranslate trimmed %}` block, which keeps its message id.
"""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
MAX_WIDTH = 120

# The only longer lines, each (template, how the line starts) with its reason.
LONG_LINES = {
    # tests/test_language_switching.py matches these two elements whole, and each
    # is longer than a line on its own.
    ("components/language_switcher.html", '<a href="{{ language.choose_url }}"'),
    ("components/language_switcher.html", '<span lang="{{ language.code }}"'),
}


def long_lines():
    for path in sorted(TEMPLATES.rglob("*.html")):
        name = path.relative_to(TEMPLATES).as_posix()
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if len(line) > MAX_WIDTH:
                yield name, number, line.strip()


def allows(allowed, name, line):
    allowed_name, start = allowed
    return name == allowed_name and line.startswith(start)


def test_no_template_line_is_longer_than_120_characters():
    too_long = [
        f"templates/{name}:{number} ({len(line)} characters)"
        for name, number, line in long_lines()
        if not any(allows(allowed, name, line) for allowed in LONG_LINES)
    ]
    assert not too_long, "\n".join(too_long)


def test_every_allowed_long_line_is_still_there():
    found = [(name, line) for name, _number, line in long_lines()]
    stale = [
        allowed
        for allowed in LONG_LINES
        if not any(allows(allowed, name, line) for name, line in found)
    ]
    assert not stale, f"no longer too long, so remove from LONG_LINES: {stale}"


def test_the_fundamental_link_ends_without_a_newline():
    # It sits inside sentences ("Puts into practice: A, B"): a final newline
    # would put a space before each comma.
    link = TEMPLATES / "components" / "fundamental_link.html"
    assert not link.read_text().endswith("\n")
