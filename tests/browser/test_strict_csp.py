"""Pages work under a strict Content-Security-Policy (no 'unsafe-inline', nothing but our host).

The server does not send one yet; the browser adds it to each page here, so
switching it on later needs no template change.
"""

import pytest

from tests.browser.pages import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

STRICT_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PAGES = [
    "/en/",
    "/en/blog/blackpool-schools-community-of-practice/",
    "/en/campaigns/same-pay-for-the-same-day/",
    "/en/resources/bounce-forward-teacher-pack/",
    "/en/search/?q=resilience",
    "/ar/",
    "/ar/resources/bounce-forward-teacher-pack/",
]


def add_strict_policy(route):
    response = route.fetch()
    headers = {**response.headers, "content-security-policy": STRICT_POLICY}
    route.fulfill(response=response, headers=headers)


@pytest.mark.parametrize("width", WIDTHS)
def test_pages_break_no_rule_of_a_strict_policy(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.route(
        lambda url: "/static/" not in url and "/media/" not in url, add_strict_policy
    )
    refused = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and refused.append(message.text)
        ),
    )
    for path in PAGES:
        page.goto(site_url + path)
        # The scripts still run: on a desktop site.js opens the menu.
        menu_open = page.locator("[data-menu]").evaluate("details => details.open")
        assert menu_open == (width >= 960), path
    context.close()
    assert refused == []
