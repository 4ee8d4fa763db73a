"""The layout holds: a compact header on a phone, nothing wider than the
screen at 400 % zoom with script on, and the languages open without script."""

import pytest

from tests.browser.pages import EVERY_PAGE

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
