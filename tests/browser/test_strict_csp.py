"""Pages work under the Content-Security-Policy the server sends.

Every page's policy allows scripts and styles from the site only, with no
'unsafe-inline' (movement/security.py). A violation would show as a refused
script, style or image: the browser reports each one as a console message and a
`securitypolicyviolation` event, and the test listens for both.
"""

import pytest

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
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def watched_page(browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    refused = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and refused.append(message.text)
        ),
    )
    return context, page, refused


@pytest.mark.parametrize("width", WIDTHS)
def test_pages_break_no_rule_of_the_servers_policy(browser, site_url, width):
    context, page, refused = watched_page(browser, width)
    for path in PAGES:
        response = page.goto(site_url + path)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path
        # The scripts still run: on a desktop site.js opens the menu.
        menu_open = page.locator("[data-menu]").evaluate("details => details.open")
        assert menu_open == (width >= 960), path
        refused += page.evaluate("window.__violations")
    context.close()
    assert refused == []
