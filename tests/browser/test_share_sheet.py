"""Issue 20, "share like young people do": the phone's share sheet and WhatsApp.

Chromium on Linux has no Web Share API, so a stand-in `navigator.share` records
what the page asks it to share.
"""

import re
from urllib.parse import quote, urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

POST = "/en/blog/blackpool-schools-community-of-practice/"
POST_AR = "/ar/blog/blackpool-schools-community-of-practice/"

# Resolves as a share sheet does once something is chosen, or rejects with
# window.shareFails (an error name), and keeps what it was given.
SHARE_SHEET = """
navigator.share = (data) => {
    window.shared = data;
    return window.shareFails
        ? Promise.reject(new DOMException("no", window.shareFails))
        : Promise.resolve();
};
"""
NO_SHARE_SHEET = "delete Navigator.prototype.share; delete navigator.share;"


def share_button(page):
    """By its place, not its name: the name is in the page's language."""
    return page.locator("[data-share-native] button")


def status_of(page):
    return page.locator("[data-share-status]").text_content()


def test_share_sends_the_pages_title_and_canonical_address(site_url, page):
    page.add_init_script(SHARE_SHEET)
    page.goto(site_url + POST)
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    title = page.locator("h1").inner_text()
    # What is shared is in the button's name, for those who hear it.
    # (Chromium puts a space before the visually hidden part: "Share… : title".)
    name = re.compile(rf"^Share…\s*: {re.escape(title)}$")
    named = page.get_by_role("button", name=name)

    named.click()

    assert page.evaluate("window.shared") == {"title": title, "url": canonical}
    assert canonical == site_url + POST
    assert status_of(page) == ""


def test_closing_the_sheet_says_nothing_and_a_failure_says_so(site_url, page):
    page.add_init_script(SHARE_SHEET)
    page.goto(site_url + POST)

    page.evaluate("window.shareFails = 'AbortError'")
    share_button(page).click()
    page.wait_for_function("window.shared !== undefined")
    page.wait_for_timeout(100)  # the promise settles first
    assert status_of(page) == ""

    page.evaluate("window.shareFails = 'NotAllowedError'")
    share_button(page).click()
    page.locator("[data-share-status]").filter(
        has_text="Could not open the share menu"
    ).wait_for()


def test_without_the_web_share_api_the_button_stays_hidden(site_url, page):
    page.add_init_script(NO_SHARE_SHEET)
    page.goto(site_url + POST)

    assert page.evaluate("typeof navigator.share") == "undefined"
    tools = page.locator(".share-tools")
    tools.get_by_role("button", name="Copy link").wait_for()  # the script has run
    assert share_button(page).is_hidden()
    assert tools.get_by_role("button", name="Share…").count() == 0
    assert tools.get_by_role("link", name="Share on WhatsApp").is_visible()


def test_whatsapp_is_a_plain_link_that_works_without_javascript(site_url, browser):
    context = browser.new_context(java_script_enabled=False, service_workers="block")
    page = context.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname))
    page.goto(site_url + POST)

    link = page.locator(".share-tools").get_by_role("link", name="Share on WhatsApp")
    assert link.is_visible()
    href = link.get_attribute("href")
    assert href.startswith("https://wa.me/?text=")
    assert href.endswith("%20" + quote(site_url + POST, safe=""))
    assert hosts == {"127.0.0.1"}  # nothing reaches WhatsApp until it is chosen
    context.close()


@pytest.mark.parametrize("path", [POST, POST_AR])
def test_every_share_action_fits_a_320_pixel_phone(site_url, browser, path):
    context = browser.new_context(
        viewport={"width": 320, "height": 800}, service_workers="block"
    )
    page = context.new_page()
    page.add_init_script(SHARE_SHEET)
    page.goto(site_url + path)

    actions = page.locator(".share-tools__action:visible")
    # WhatsApp, email, print, and "Share…" in "Copy link"'s place (the sheet copies).
    assert actions.count() == 4
    assert page.locator("[data-share-copy]").is_hidden()
    assert share_button(page).is_visible()
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    for box in (actions.nth(i).bounding_box() for i in range(actions.count())):
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320
        assert box["height"] >= 44  # a finger's worth
    context.close()
