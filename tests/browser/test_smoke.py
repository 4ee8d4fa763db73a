"""The site in a real browser: no script errors and no requests to other hosts."""

import pytest

from tests.browser.pages import (
    ARABIC,
    ARABIC_CONTENT,
    EVERY_PAGE,
    WIDTHS,
    expected_status,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", EVERY_PAGE)
def test_pages_load_cleanly_from_our_own_host(surveyed, width, path):
    visit = surveyed(width, path)

    assert visit.status == expected_status(path)
    assert visit.h1_count == 1
    assert visit.errors == ()
    assert visit.failed_requests == ()
    assert visit.requested_hosts == {"127.0.0.1"}


@pytest.mark.parametrize("path", ARABIC)
def test_arabic_pages_are_right_to_left_with_english_content_marked(surveyed, path):
    visit = surveyed(WIDTHS[0], path)

    assert visit.direction == "rtl"
    # An untranslated page's English content is wrapped (lang="en" dir="ltr").
    assert visit.shows_untranslated_content == (path not in ARABIC_CONTENT)


@pytest.fixture(scope="module")
def narrow_phone_without_script(browser):
    """The smallest phone we design for, with JavaScript off (a data saver)."""
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, java_script_enabled=False
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", EVERY_PAGE)
def test_nothing_is_wider_than_a_320_pixel_phone_without_script(
    site_url, narrow_phone_without_script, path
):
    page = narrow_phone_without_script
    page.goto(site_url + path)
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{path} scrolls sideways: {widths}"
