"""The site in a real browser: no script errors and no requests to other hosts."""

from urllib.parse import urlsplit

import pytest

from tests.browser.pages import EVERY_PAGE_TYPE, OTHER_LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", [*EVERY_PAGE_TYPE, *OTHER_LANGUAGES])
def test_pages_load_cleanly_from_our_own_host(site_url, page, width, path):
    requested_hosts, errors = set(), []
    page.on(
        "request", lambda request: requested_hosts.add(urlsplit(request.url).hostname)
    )
    page.on(
        "console",
        lambda message: message.type == "error" and errors.append(message.text),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_viewport_size({"width": width, "height": 900})

    response = page.goto(site_url + path)

    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert errors == []
    assert requested_hosts == {"127.0.0.1"}
