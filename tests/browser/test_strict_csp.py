"""Pages work under the Content-Security-Policy the server sends.

Every page's policy allows scripts and styles from the site only, with no
'unsafe-inline' (movement/security.py). A violation would show as a refused
script, style or image (tests/browser/csp.py listens for each).
"""

import pytest

from tests.browser.csp import violations, watched_tab
from tests.browser.pages import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PAGES = [
    "/en/",
    "/en/blog/blackpool-schools-community-of-practice/",
    "/en/campaigns/same-pay-for-the-same-day/",
    "/en/resources/bounce-forward-teacher-pack/",
    "/en/events/",
    "/en/search/?q=resilience",
    "/ar/",
    "/ar/resources/bounce-forward-teacher-pack/",
    "/en/no-such-page/",
]


@pytest.mark.parametrize("width", WIDTHS)
def test_pages_break_no_rule_of_the_servers_policy(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page, refused = watched_tab(context)
    for path in PAGES:
        response = page.goto(site_url + path)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path
        # The scripts still run: on a desktop site.js opens the menu.
        menu_open = page.locator("[data-menu]").evaluate("details => details.open")
        assert menu_open == (width >= 960), path
        refused += violations(page)
    context.close()
    assert refused == []
