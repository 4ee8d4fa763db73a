"""Keyboard-only journeys: the menu, search, a download and a fundamental's anchor.

No clicks: every step is a key press, and every element reached shows its focus.
(Switching language is in test_language_keyboard.py.)
"""

from pathlib import Path

import pytest

from tests.browser.keyboard import focused, press_tab, tab_to
from tests.browser.pages import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# In the viewport (give or take the sub-pixel rounding of the scroll position)
# and not hidden under anything (a sticky header, say).
IN_VIEW = """(selector) => {
    const element = document.querySelector(selector);
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + 5, box.top + box.height / 2);
    return box.top >= -1 && box.bottom <= window.innerHeight && element.contains(hit);
}"""


@pytest.fixture
def new_page(browser, site_url):
    """new_page(width, path): a fresh tab (no cookies, no history) showing `path`."""
    contexts = []

    def new_page(width, path):
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.goto(site_url + path)
        return page

    yield new_page
    for context in contexts:
        context.close()


def menu_is_open(page):
    return page.locator("[data-menu]").evaluate("details => details.open")


def test_phone_menu_opens_walks_and_closes_by_keyboard(new_page):
    page = new_page(390, "/en/")
    assert not menu_is_open(page)  # closed on a phone until asked for

    tab_to(page, "summary.main-nav__summary")
    page.keyboard.press("Enter")
    assert menu_is_open(page)

    links = page.locator(".main-nav__list a")
    assert links.count() >= 4
    for index in range(links.count()):
        press_tab(page)
        assert links.nth(index).evaluate("link => link === document.activeElement")

    page.keyboard.press("Escape")
    assert not menu_is_open(page)
    focus = focused(page, "summary.main-nav__summary")
    assert focus["wanted"] and focus["visible"]


@pytest.mark.parametrize("width", WIDTHS)
def test_search_from_the_header_by_keyboard(new_page, site_url, width):
    page = new_page(width, "/en/")

    if width < 960:  # a phone's header links to the search page, its form labelled
        tab_to(page, "a.site-header__search-link")
        page.keyboard.press("Enter")
        page.wait_for_url("**/en/search/")
        tab_to(page, "#page-search")
    else:
        tab_to(page, "#header-search")
    page.keyboard.type("resilience")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/?q=resilience")

    assert page.locator(".search-results a").count() > 0
    tab_to(page, ".search-results a", limit=80)


def test_download_a_pack_by_keyboard(new_page):
    page = new_page(1280, "/en/resources/bounce-forward-teacher-pack/")

    tab_to(page, "a.download-link", limit=80)
    with page.expect_download() as started:
        page.keyboard.press("Enter")

    download = started.value
    assert download.suggested_filename.endswith(".pdf")
    assert Path(download.path()).read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("width", WIDTHS)
def test_read_a_fundamental_from_the_contents_by_keyboard(new_page, width):
    page = new_page(width, "/en/fundamentals/")

    tab_to(page, '.toc a[href="#whole-system-change"]', limit=80)
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/fundamentals/#whole-system-change")

    assert (
        page.evaluate("document.querySelector(':target').id") == "whole-system-change"
    )
    assert page.evaluate(IN_VIEW, "#whole-system-change-heading")
    # Reading on continues from the fundamental, not from the top of the page.
    press_tab(page)
    assert focused(page, "#whole-system-change a")["wanted"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_link_to_a_fundamental_opens_at_its_heading(new_page, language):
    page = new_page(390, f"/{language}/fundamentals/#asset-based")

    assert page.evaluate("document.querySelector(':target').id") == "asset-based"
    assert page.evaluate(IN_VIEW, "#asset-based-heading")
