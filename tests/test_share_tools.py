"""Share tools: on content pages, not on listings. Email and WhatsApp links work
without JS; print and copy show where script runs; "Share…" (the phone's share
sheet) waits for site.js to find the Web Share API."""

import re
from urllib.parse import quote

import pytest
from django.conf import settings
from django.template.loader import render_to_string

from campaigns.models import CampaignIndexPage, CampaignPage
from home.models import (
    BlogIndexPage,
    BlogPostPage,
    EventIndexPage,
    EventPage,
    FormPage,
    HomePage,
    NewsletterPage,
    StandardPage,
)
from movement.models import FrameworkPage, FundamentalsPage
from resources.models import (
    CommunityIndexPage,
    CommunityOfPracticePage,
    ResourceIndexPage,
    ResourcePage,
)

pytestmark = pytest.mark.django_db

CONTENT_PAGES = (
    BlogPostPage,
    EventPage,
    CampaignPage,
    ResourcePage,
    CommunityOfPracticePage,
    StandardPage,
    FundamentalsPage,
    FrameworkPage,
    FormPage,  # "share your story": asking friends to share theirs too
    NewsletterPage,  # an issue on the web: "read it on the website"
)
INDEX_PAGES = (
    HomePage,
    BlogIndexPage,
    EventIndexPage,
    CampaignIndexPage,
    ResourceIndexPage,
    CommunityIndexPage,
)


def share_tools(html):
    match = re.search(r'<div class="share-tools".*?</div>', html, re.S)
    return match.group(0) if match else None


def test_email_link_carries_the_title_and_address_encoded():
    html = render_to_string(
        "components/share_tools.html",
        {"title": "Rock & roll: 50% off? Yes/no", "url": "https://x.org/en/a b/?q=1"},
    )
    href = re.search(r'href="(mailto:[^"]*)"', html).group(1)
    assert href == (
        "mailto:?subject=Rock%20%26%20roll%3A%2050%25%20off%3F%20Yes%2Fno"
        "&amp;body=https%3A%2F%2Fx.org%2Fen%2Fa%20b%2F%3Fq%3D1"
    )


def test_print_and_copy_show_where_script_runs_and_only_there():
    """Shown from the start, so nothing moves when site.js runs; without script
    css/no-script.css hides them (they would do nothing)."""
    html = render_to_string(
        "components/share_tools.html", {"title": "T", "url": "https://x.org/"}
    )
    assert re.search(r'<li class="js-only" data-share-print><button', html)
    assert re.search(
        r'<li class="js-only" data-share-copy><button[^>]+data-url="https', html
    )
    assert 'role="status"' in html  # where "Link copied" is announced
    hiding = settings.BASE_DIR / "movement" / "static" / "css" / "no-script.css"
    assert ".js-only { display: none !important; }" in hiding.read_text()


def test_the_no_script_styles_load_only_without_script(client):
    html = client.get("/en/").content.decode()
    assert re.search(
        r'<noscript><link rel="stylesheet" href="[^"]*/no-script[^"]*\.css"></noscript>',
        html,
    )


def test_whatsapp_link_carries_the_title_and_address_encoded():
    """How this audience shares: a plain link, so it works without JavaScript."""
    html = render_to_string(
        "components/share_tools.html",
        {"title": "Rock & roll: 50% off?", "url": "https://x.org/en/a b/?q=1"},
    )
    link = re.search(r'<a[^>]+href="(https://wa\.me/[^"]*)"[^>]*>(.*?)</a>', html, re.S)
    assert link.group(1) == (
        "https://wa.me/?text=Rock%20%26%20roll%3A%2050%25%20off%3F"
        "%20https%3A%2F%2Fx.org%2Fen%2Fa%20b%2F%3Fq%3D1"
    )
    # Its name says what is shared: "Share on WhatsApp: <the title>".
    name = " ".join(re.sub(r"<[^>]+>", "", link.group(2)).split())
    assert name == "Share on WhatsApp: Rock &amp; roll: 50% off?"


def test_the_share_sheet_button_waits_for_the_script_in_the_last_place():
    """Last, after "Copy link" whose place it takes: its arrival moves nothing."""
    html = render_to_string(
        "components/share_tools.html",
        {"title": 'Say "yes"', "url": "https://x.org/en/a/"},
    )
    items = re.findall(r"<li\b[^>]*>", html)
    assert items[-2:] == [
        '<li class="js-only" data-share-copy>',
        "<li data-share-native hidden>",
    ]
    button = re.search(r"<li data-share-native hidden><button([^>]*)>", html).group(1)
    assert 'type="button"' in button
    assert 'data-url="https://x.org/en/a/"' in button
    assert 'data-title="Say &quot;yes&quot;"' in button
    assert "data-failed=" in button


def test_without_an_address_there_is_nothing_to_send_to_whatsapp():
    html = render_to_string("components/share_tools.html", {"title": "T", "url": ""})
    assert "wa.me" not in html
    assert "data-share-native" not in html


def test_content_pages_offer_sharing_and_listings_do_not(client, live_pages):
    shown = {}
    for page in live_pages:
        if page.locale.language_code != "en":
            continue
        kind = type(page)
        if kind in shown:
            continue
        html = client.get(page.url).content.decode()
        tools = share_tools(html)
        shown[kind] = tools is not None
        if tools:
            canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
            assert "body=" + quote(canonical.group(1), safe="") in tools
            assert "%20" + quote(canonical.group(1), safe="") + '"' in tools
    assert {kind for kind, has in shown.items() if has} == set(CONTENT_PAGES)
    assert {kind for kind, has in shown.items() if not has} == set(INDEX_PAGES)


def test_a_single_fundamental_can_be_shared_at_its_own_address(client):
    fundamentals = FundamentalsPage.objects.live().get(locale__language_code="en")
    fundamental = fundamentals.fundamentals.first()
    url = fundamentals.url + fundamental.slug + "/"

    tools = share_tools(client.get(url).content.decode())

    assert "subject=" + quote(fundamental.title, safe="") in tools
    assert "body=" + quote("http://testserver" + url, safe="") in tools
