"""Moving through a page with the keyboard alone, checking focus stays visible."""

FOCUS = """(selector) => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
        html: element.outerHTML.slice(0, 200),
        visible: style.outlineStyle !== "none" || style.boxShadow !== "none",
        wanted: selector ? element.matches(selector) : false,
    };
}"""


def focused(page, selector=None):
    """What has focus, whether its focus indicator shows, and whether it matches."""
    return page.evaluate(FOCUS, selector)


def press_tab(page):
    """Tab once and assert the element reached shows a focus indicator."""
    page.keyboard.press("Tab")
    focus = focused(page)
    assert focus["visible"], f"no visible focus on {focus['html']}"
    return focus


def tab_to(page, selector, limit=40):
    """Press Tab until `selector` has focus; every stop on the way shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = focused(page, selector)
        assert focus["visible"], f"no visible focus on {focus['html']}"
        if focus["wanted"]:
            return
    raise AssertionError(f"{selector} never received focus")
