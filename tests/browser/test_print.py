"""Printing a page and the share tools, in a real browser."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

POST = "/en/blog/blackpool-schools-community-of-practice/"
RESOURCE_AR = "/ar/resources/bounce-forward-teacher-pack/"


def test_print_button_prints_and_copy_link_says_so(site_url, browser):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    page.add_init_script("window.print = () => { window.printed = true; };")
    page.goto(site_url + POST)

    page.get_by_role("button", name="Print or save as PDF").click()
    assert page.evaluate("window.printed") is True

    page.get_by_role("button", name="Copy link").click()
    status = page.locator("[data-share-status]")
    status.filter(has_text="Link copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == site_url + POST
    context.close()


def test_without_javascript_only_the_links_show(site_url, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + POST)

    tools = page.locator(".share-tools")
    assert tools.get_by_role("link", name="Share by email").is_visible()
    assert tools.get_by_role("link", name=re.compile("^Share on WhatsApp")).is_visible()
    assert tools.get_by_role("button").count() == 0  # hidden buttons are not buttons
    context.close()


@pytest.mark.parametrize("path", [POST, RESOURCE_AR])
def test_print_shows_the_content_and_where_links_go(site_url, page, path):
    page.goto(site_url + path)
    page.emulate_media(media="print")

    for furniture in (".site-header", ".site-footer", ".share-tools", ".breadcrumbs"):
        assert not page.locator(furniture).first.is_visible(), furniture
    assert page.locator("h1").is_visible()
    # An internal link prints its full address, left to right even in Arabic.
    after = page.evaluate(
        """() => {
            const link = document.querySelector('main a[href^="/"]:not(.card a)');
            const style = getComputedStyle(link, '::after');
            return [link.getAttribute('href'), style.content, style.direction];
        }"""
    )
    href, content, direction = after
    assert content == f'" ({site_url}{href})"'
    assert direction == "ltr"
    text = page.evaluate("getComputedStyle(document.querySelector('h1')).color")
    assert text == "rgb(0, 0, 0)"


@pytest.mark.parametrize("language", ["en", "pl", "es", "ar"])
def test_the_framework_prints_as_one_a4_poster(site_url, page, language):
    """A poster for a classroom wall: every compartment and move on one landscape
    A4 page, in every language, right to left included."""
    page.goto(f"{site_url}/{language}/framework/")
    page.emulate_media(media="print")
    pdf = page.pdf(prefer_css_page_size=True)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert pages == 1
    # All five compartments print side by side, each move's name without its address.
    columns = page.evaluate(
        """() => [...document.querySelectorAll('.framework__compartment')].map(
            (section) => Math.round(section.getBoundingClientRect().top))"""
    )
    assert len(columns) == 5 and len(set(columns)) == 1
    after = page.evaluate(
        """() => getComputedStyle(
            document.querySelector('.framework__moves a'), '::after').content"""
    )
    assert after == "none"
