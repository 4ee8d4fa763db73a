"""The layout holds: a compact header on a phone, nothing wider than the
screen at 400 % zoom with script on, nothing moving once a page has loaded or
while it arrives in pieces, and the menu and languages there without script."""

import re

import pytest

from tests.browser.pages import EVERY_PAGE
from tests.browser.slow_line import PAUSE, SlowLine

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# A 1280 × 1024 desktop zoomed to 400 % lays pages out in 320 × 256 CSS pixels.
ZOOMED = {"viewport": {"width": 320, "height": 256}, "device_scale_factor": 4}
HEADER_MOST = 120  # px: the page's own title starts right below


@pytest.fixture(scope="module")
def zoomed_in(browser):
    context = browser.new_context(**ZOOMED, service_workers="block")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", EVERY_PAGE)
def test_nothing_scrolls_sideways_at_400_percent_zoom(site_url, zoomed_in, path):
    zoomed_in.goto(site_url + path)
    scroll, client = zoomed_in.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll <= client, f"{path} scrolls sideways at 400 %: {scroll} > {client}"


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize(
    "path", ["/en/", "/ar/", "/pl/campaigns/same-pay-for-the-same-day/", "/ar/blog/"]
)
def test_the_header_is_compact_on_a_phone(site_url, page_at, width, path):
    page = page_at(width)
    page.goto(site_url + path)
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= HEADER_MOST, f"{path} at {width}: {header['height']}"
    # The button, the menu, search and languages all fit in it, none cut off.
    for selector in (
        ".site-header__action",
        ".main-nav__summary",
        ".site-header__search-link",
        ".language-menu summary",
    ):
        box = page.locator(selector).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, selector
        assert header["y"] <= box["y"] <= header["y"] + header["height"], selector


# The layout shifts a page has made, summed once it has loaded (buffered: from the start).
LAYOUT_SHIFTS = """() => new Promise(done => {
    let total = 0;
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) total += entry.value;
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => done(total), 500);
})"""
STAND_IN_SHARE_SHEET = "navigator.share = () => Promise.resolve();"


@pytest.mark.parametrize("share_sheet", [False, True], ids=["desktop", "share-sheet"])
@pytest.mark.parametrize(
    "path",
    [
        "/en/blog/blackpool-schools-community-of-practice/",
        "/ar/blog/blackpool-schools-community-of-practice/",
        "/en/campaigns/same-pay-for-the-same-day/",
        "/ar/resources/bounce-forward-teacher-pack/",
    ],
)
def test_nothing_moves_once_a_page_has_loaded(site_url, browser, path, share_sheet):
    """The controls site.js shows (print, copy, "Share…", "keep for offline")
    take room that is already there, and pictures have their size."""
    context = browser.new_context(
        viewport={"width": 412, "height": 823}, service_workers="block"
    )
    page = context.new_page()
    if share_sheet:
        page.add_init_script(STAND_IN_SHARE_SHEET)
    page.goto(site_url + path, wait_until="load")
    assert page.evaluate(LAYOUT_SHIFTS) == 0
    context.close()


@pytest.fixture(scope="module")
def slow_line(site_url):
    line = SlowLine(site_url)
    yield line
    line.close()


@pytest.mark.parametrize(
    "path,pause_after,width",
    [
        # The header half-parsed: the languages' <details> before its <summary>.
        ("/en/", 'class="language-menu__toggle" data-closable>', 412),
        ("/ar/blog/blackpool-schools-community-of-practice/", "data-closable>", 1280),
        # The home page's picture half-parsed, beside the words.
        ("/en/", "<picture>", 1280),
        # All of the page but its end, so it is painted before site.js runs.
        ("/en/campaigns/same-pay-for-the-same-day/", "</main>", 1280),
        ("/pl/", "</main>", 1280),
    ],
    ids=[
        "header-phone",
        "header-desktop-ar",
        "hero-desktop",
        "menu-desktop",
        "menu-pl",
    ],
)
def test_nothing_moves_while_a_page_arrives_in_pieces(
    slow_line, browser, path, pause_after, width
):
    """On a patchy line the browser paints what it has; the rest must not move it."""
    slow_line.pause_after(path, pause_after)
    context = browser.new_context(
        viewport={"width": width, "height": 823}, service_workers="block"
    )
    page = context.new_page()
    page.goto(slow_line.url + path, wait_until="load")
    arriving = page.evaluate(
        "(([n]) => n.responseEnd - n.responseStart)"
        "(performance.getEntriesByType('navigation'))"
    )
    shifts = page.evaluate(LAYOUT_SHIFTS)
    context.close()
    assert arriving >= PAUSE * 1000 * 0.9, "the page did not arrive in pieces"
    assert shifts == 0


def test_the_menu_is_there_without_script_on_a_wide_screen(site_url, browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 800}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(site_url + "/en/")
    links = page.locator(".main-nav__list a")
    assert links.count() >= 5
    assert all(links.nth(n).is_visible() for n in range(links.count()))
    assert not page.locator(".main-nav__summary").is_visible()  # no button to open
    context.close()


@pytest.mark.parametrize(
    "path,picture",
    [
        ("/en/", ".hero__image"),
        ("/ar/blog/blackpool-schools-community-of-practice/", ".featured-image"),
        ("/en/campaigns/same-pay-for-the-same-day/", ".featured-image"),
    ],
)
def test_a_phone_is_not_sent_the_desktop_picture(site_url, browser, path, picture):
    """A 390 px phone at 2× wants a picture ~720 pixels wide: the middle file."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        service_workers="block",
    )
    page = context.new_page()
    page.goto(site_url + path, wait_until="load")
    chosen = page.locator(picture).first.evaluate("img => img.currentSrc")
    assert re.search(r"\.width-(840|960)\.", chosen), chosen
    context.close()


def test_languages_open_and_switch_without_script(site_url, browser):
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(site_url + "/en/campaigns/same-pay-for-the-same-day/")  # translated
    arabic = page.locator('.language-menu a[hreflang="ar"]')
    assert not arabic.is_visible()  # closed: one line in the header
    page.locator(".language-menu summary").click()
    assert arabic.is_visible()
    box = page.locator(".language-menu__list").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320
    arabic.click()
    page.wait_for_url("**/ar/campaigns/same-pay-for-the-same-day/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    context.close()


def test_the_languages_close_with_escape_and_a_click_elsewhere(site_url, page_at):
    page = page_at(390)
    page.goto(site_url + "/en/")
    languages = page.locator(".language-menu details")
    page.locator(".language-menu summary").click()
    assert languages.evaluate("details => details.open")
    page.keyboard.press("Escape")
    assert not languages.evaluate("details => details.open")
    assert page.evaluate("document.activeElement.matches('.language-menu summary')")

    page.locator(".language-menu summary").click()
    page.locator("h1").click()
    assert not languages.evaluate("details => details.open")
