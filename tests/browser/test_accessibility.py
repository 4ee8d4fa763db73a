"""axe-core finds no WCAG 2.2 A/AA violation on any page type, in English and
Arabic, on a phone or a desktop, in the light theme and the dark one."""

import pytest

from tests.browser.pages import EVERY_PAGE, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", EVERY_PAGE)
def test_no_accessibility_violations(surveyed, width, path):
    assert surveyed(width, path).violations == ()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", EVERY_PAGE)
def test_no_accessibility_violations_in_the_dark_theme(surveyed, width, path):
    assert surveyed(width, path, "dark").violations == ()
