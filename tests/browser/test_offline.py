"""Reading offline, in Chromium with the network switched off: pages read and
packs kept still open; any other page says, in the visitor's language, that
it is not saved."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    yield context, context.new_page()
    context.close()


def controlled(page, url):
    """`url`, opened once the service worker looks after the page (the first
    visit installs it; from then on it keeps what is read)."""
    page.goto(url)
    assert page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.reload()
    assert page.evaluate("navigator.serviceWorker.controller !== null")


def test_a_page_read_opens_offline_and_an_unread_one_says_so(phone, site_url):
    context, page = phone
    controlled(page, site_url + "/ar/")
    page.goto(site_url + "/ar/fundamentals/")
    read_title = page.title()
    context.set_offline(True)
    try:
        page.goto(site_url + "/ar/fundamentals/")
        assert page.title() == read_title
        page.goto(site_url + "/ar/events/")
        heading = page.locator("h1").inner_text()
        assert heading == "أنت غير متصل بالإنترنت"
        assert page.locator("html").get_attribute("dir") == "rtl"
    finally:
        context.set_offline(False)
    # Online again, the network answers first.
    response = page.goto(site_url + "/ar/events/")
    assert response.ok and page.locator("h1").inner_text() != "أنت غير متصل بالإنترنت"


def test_a_pack_kept_for_offline_opens_without_signal(phone, site_url):
    context, page = phone
    controlled(page, site_url + "/en/resources/bounce-forward-teacher-pack/")
    keeper = page.locator("[data-keep-offline]").first
    url = keeper.get_attribute("data-keep-offline")
    keeper.get_by_role("button", name="Keep for offline").click()
    page.get_by_text("Kept on this device").first.wait_for()
    context.set_offline(True)
    try:
        status = page.evaluate("url => fetch(url).then(r => r.status)", url)
        assert status == 200
    finally:
        context.set_offline(False)
