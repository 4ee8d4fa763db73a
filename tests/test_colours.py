"""The palette's contrast, in the light and the dark theme, read from site.css.

Every text colour is checked against each background it is used on (WCAG 2.2
1.4.3: 4.5:1), and each campaign accent in both themes: an editor can choose
any of them, so none may make a page unreadable.
"""

import re
from pathlib import Path

import pytest

from movement.palette import Accent

CSS = (Path(__file__).parents[1] / "movement/static/css/site.css").read_text()
TEXT = 4.5

# (text, background) by role: where site.css draws one on the other.
TEXT_PAIRS = [
    ("ink", "paper"),
    ("ink", "wash"),
    ("ink-soft", "paper"),
    ("ink-soft", "wash"),
    ("link", "paper"),
    ("link", "wash"),
    ("brand", "paper"),
    ("brand", "wash"),
    ("on-brand", "brand"),
    ("on-accent", "accent"),
    ("on-header", "header"),
    ("on-header", "header-tools"),
    ("on-footer", "footer"),
    ("on-success", "success"),
    ("success", "paper"),
    ("error", "paper"),
]
ACCENT_PAIRS = [
    ("brand", "paper"),
    ("brand", "wash"),
    ("link", "paper"),
    ("link", "wash"),
    ("on-brand", "brand"),
]


def declarations(block):
    return dict(re.findall(r"--colour-([\w-]+):\s*(#[0-9a-fA-F]{6})", block))


def block_after(selector, text):
    start = text.index(selector)
    return text[start : text.index("}", start)]


def themes():
    light = declarations(block_after(":root {", CSS))
    dark_media = CSS[CSS.index("@media (prefers-color-scheme: dark) {") :]
    dark = {**light, **declarations(block_after(":root {", dark_media))}
    return {"light": light, "dark": dark}


def accent_theme(theme, accent):
    """The theme with the accent's class applied (the light rule, then the dark one)."""
    colours = dict(themes()[theme])
    selector = f".accent-{accent} {{"
    colours.update(declarations(block_after(selector, CSS)))
    if theme == "dark":
        dark_media = CSS[CSS.rindex("@media (prefers-color-scheme: dark) {") :]
        colours.update(declarations(block_after(selector, dark_media)))
    return colours


def luminance(hex_colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_is_computed_as_wcag_defines_it():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_the_dark_theme_redefines_the_page_colours():
    light, dark = themes()["light"], themes()["dark"]
    for role in ("ink", "paper", "wash", "brand", "link", "header", "footer"):
        assert light[role] != dark[role], role
    assert luminance(dark["paper"]) < luminance(dark["ink"])


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("text,background", TEXT_PAIRS)
def test_text_is_readable_in_both_themes(theme, text, background):
    colours = themes()[theme]
    ratio = contrast(colours[text], colours[background])
    assert ratio >= TEXT, f"{theme}: {text} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("accent", [a for a in Accent.values if a != Accent.VIOLET])
def test_every_accent_is_readable_in_both_themes(theme, accent):
    colours = accent_theme(theme, accent)
    assert colours["brand"] != themes()[theme]["brand"], "the accent sets no colour"
    for text, background in ACCENT_PAIRS:
        ratio = contrast(colours[text], colours[background])
        assert ratio >= TEXT, (
            f"{accent}, {theme}: {text} on {background} is {ratio:.2f}:1"
        )
