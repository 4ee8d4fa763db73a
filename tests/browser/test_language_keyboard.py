"""Switching language with the keyboard alone, and the choice being remembered."""

import pytest

from tests.browser.keyboard import tab_to

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

START = "/en/campaigns/same-pay-for-the-same-day/"


def open_languages(page):
    """The languages are behind a disclosure showing the current one: open it."""
    tab_to(page, ".language-menu summary")
    page.keyboard.press("Enter")
    assert page.locator(".language-menu details").get_attribute("open") is not None


@pytest.mark.parametrize("width", [390, 1280])
def test_switch_language_by_keyboard_and_it_is_remembered(site_url, browser, width):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, locale="en-GB"
    )
    page = context.new_page()
    page.goto(site_url + START)
    assert page.locator("html").get_attribute("lang") == "en"

    open_languages(page)
    tab_to(page, '.language-menu a[hreflang="ar"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/**")

    assert page.url == site_url + START.replace("/en/", "/ar/", 1)
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    current = page.locator(".language-menu [aria-current]")
    assert current.text_content().strip() == "العربيّة"  # in the closed list

    # The browser still asks for English, but the visitor chose Arabic.
    page.goto(site_url + "/")
    assert page.url == site_url + "/ar/"

    # Back to English the same way: the choice can always be changed.
    open_languages(page)
    tab_to(page, '.language-menu a[hreflang="en"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/")
    page.goto(site_url + "/")
    assert page.url == site_url + "/en/"
    context.close()
