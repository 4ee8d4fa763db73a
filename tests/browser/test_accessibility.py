"""axe-core finds no WCAG 2.2 A/AA violation on any page type, on a phone or a desktop."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import EVERY_PAGE_TYPE, OTHER_LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def axe():
    return Axe()  # ships axe-core inside the package: nothing is downloaded


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize(
    "path",
    [
        *EVERY_PAGE_TYPE,
        *OTHER_LANGUAGES,
        "/en/search/?q=resilience",
        "/en/nope/",
    ],
)
def test_no_accessibility_violations(site_url, page, axe, width, path):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + path)
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
    ]
    assert violations == []
