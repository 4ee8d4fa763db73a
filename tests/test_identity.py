"""The site's identity editors control: the header's logo, its one button, the
labelled search, and a campaign's accent colour."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale, Site
from wagtail.users.models import UserProfile

from campaigns.models import CampaignPage
from movement import logo
from movement.models import MainNavigation, SiteSettings
from tests.admin_uploads import small_png

pytestmark = pytest.mark.django_db

SETTINGS_URL = "/admin/settings/movement/sitesettings/{}/"
HOSTILE_SVG = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     viewBox="0 0 240 60" onload="alert(1)">
  <script>alert(2)</script>
  <style>@import url(https://tracker.example.net/x.css);</style>
  <foreignObject><iframe src="https://example.net"></iframe></foreignObject>
  <a href="javascript:alert(3)"><text x="10" y="40">Click</text></a>
  <image href="https://tracker.example.net/pixel.png" width="1" height="1"/>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#5b2a86"/></linearGradient></defs>
  <circle cx="30" cy="30" r="20" fill="url(#g)" onclick="alert(4)"/>
  <rect x="60" y="10" width="40" height="40" fill="url(https://example.net/#x)"/>
  <use xlink:href="#g"/><use href="https://example.net/sprite.svg#x"/>
  <path d="M0 0h10v10z" style="fill: red"/>
  <text x="100" y="40" font-weight="800">Resilience</text>
</svg>"""


def site():
    return Site.objects.get(is_default_site=True)


def save_settings(client, **files):
    """The site settings form as a Moderator sends it, with `files` attached."""
    current = SiteSettings.for_site(site())
    return client.post(
        SETTINGS_URL.format(site().pk),
        {
            "charity_number": current.charity_number,
            "contact_email": current.contact_email,
            "social_links-count": "0",
            **files,
        },
    )


def header(client, path="/en/"):
    html = client.get(path).content.decode()
    return re.search(r'<header class="site-header">.*?</header>', html, re.S)[0]


def test_a_moderator_uploads_an_svg_logo_and_only_its_drawing_is_kept(
    staff_client, client
):
    moderator = staff_client("Moderators")
    upload = SimpleUploadedFile("logo.svg", HOSTILE_SVG, "image/svg+xml")
    response = save_settings(moderator, logo=upload)
    assert response.status_code == 302, response.content.decode()[:2000]

    settings = SiteSettings.for_site(site())
    kept = settings.logo.read().decode()
    for hostile in ("script", "onload", "onclick", "style", "foreignObject", "iframe",
                    "javascript:", "example.net", "<image", "<a "):  # fmt: skip
        assert hostile not in kept, hostile
    assert "<circle" in kept and 'fill="url(#g)"' in kept and "<text" in kept
    assert (settings.logo_width, settings.logo_height) == (240, 60)

    client.logout()
    brand = header(client)
    assert re.search(
        r'<img class="site-brand__logo" src="[^"]+\.svg" width="240" height="60" '
        r'alt="Resilience Revolution">',
        brand,
    )
    assert "site-brand__name" not in brand
    # Search engines get the same logo for the organisation.
    html = client.get("/en/").content.decode()
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert f'"logo": "http://testserver{settings.logo.url}"' in data[1]


def test_an_uploaded_logo_is_read_once(staff_client, monkeypatch):
    """The form cleans the upload; the model's validator trusts the cleaned copy."""
    reads = []
    original = logo.cleaned_svg
    monkeypatch.setattr(
        logo, "cleaned_svg", lambda data: reads.append(1) or original(data)
    )
    upload = SimpleUploadedFile("logo.svg", HOSTILE_SVG, "image/svg+xml")
    assert save_settings(staff_client("Moderators"), logo=upload).status_code == 302
    assert len(reads) == 1


def test_a_logo_set_outside_the_form_is_still_checked():
    settings = SiteSettings.for_site(site())
    settings.logo = SimpleUploadedFile("logo.svg", b"<svg><unclosed")
    with pytest.raises(ValidationError, match="could not be read"):
        settings.full_clean()


def test_a_png_logo_is_kept_with_its_size(staff_client):
    response = save_settings(
        staff_client("Moderators"),
        logo=SimpleUploadedFile("logo.png", small_png(), "image/png"),
    )
    assert response.status_code == 302
    settings = SiteSettings.for_site(site())
    assert (settings.logo_width, settings.logo_height) == (40, 30)


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("logo.svg", b"<svg><unclosed", "could not be read"),
        ("logo.svg", b"<html><body>hi</body></html>", "not an SVG drawing"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>',
            "no size",
        ),
        (
            "logo.svg",
            b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
            "could not be read",
        ),
        ("logo.jpg", b"\xff\xd8\xff\xe0 not really", "SVG or PNG"),
        ("logo.png", b"x" * (201 * 1024), "under 200 KB"),
    ],
)
def test_a_logo_that_cannot_be_used_is_refused_with_a_reason(
    staff_client, name, content, message
):
    response = save_settings(
        staff_client("Moderators"), logo=SimpleUploadedFile(name, content)
    )
    assert response.status_code == 200  # the form again, not a 500
    assert message in response.content.decode()
    assert not SiteSettings.for_site(site()).logo


def test_the_refusal_is_translated(staff_client):
    moderator = staff_client("Moderators")
    profile = UserProfile.get_for_user(
        get_user_model().objects.get(username="moderators-member")
    )
    profile.preferred_language = "pl"
    profile.save()
    response = save_settings(
        moderator, logo=SimpleUploadedFile("logo.svg", b"<svg><unclosed")
    )
    assert response.status_code == 200
    assert "could not be read" not in response.content.decode()


def test_without_a_logo_the_header_shows_the_mark_and_the_name(client):
    brand = header(client, "/ar/")
    assert 'class="brand-mark"' in brand and 'aria-hidden="true"' in brand
    assert re.search(r'<span class="site-brand__name">[^<]+</span>', brand)
    assert "<img" not in brand


def test_the_header_button_leads_to_get_involved_in_the_visitors_language(client):
    english = header(client, "/en/")
    assert re.search(
        r'<a class="site-header__action" href="/en/get-involved/"[^>]*>\s*Get involved</a>',
        english,
    )
    arabic = header(client, "/ar/blog/")
    assert re.search(r'class="site-header__action" href="/ar/get-involved/"', arabic)


def test_the_header_button_is_marked_current_on_its_page(client):
    assert (
        'aria-current="page"'
        in header(client, "/en/get-involved/")
        .split("site-header__action")[1]
        .split(">")[0]
    )


def test_no_header_button_when_editors_leave_it_empty(client):
    for menu in MainNavigation.objects.all():
        menu.action = []
        menu.save()
    assert "site-header__action" not in header(client)


def test_the_header_search_has_a_visible_label(client):
    html = header(client)
    assert re.search(
        r'<label for="header-search" class="search-form__label">\s*Search\s*</label>',
        html,
    )
    assert 'class="site-header__search-link" href="/en/search/"' in html


def test_a_campaign_wears_its_accent_on_its_page_and_card(client):
    campaign = CampaignPage.objects.get(
        slug="same-pay-for-the-same-day", locale=Locale.get_default()
    )
    html = client.get(campaign.url).content.decode()
    assert f'<body class="accent-{campaign.accent}">' in html
    listing = client.get(campaign.get_parent().url).content.decode()
    assert f"accent-{campaign.accent}" in listing


def test_a_translation_keeps_the_campaigns_accent(client):
    campaign = CampaignPage.objects.get(
        slug="same-pay-for-the-same-day", locale=Locale.get_default()
    )
    polish = campaign.get_translation(Locale.objects.get(language_code="pl"))
    html = client.get(polish.url).content.decode()
    assert f'<body class="accent-{campaign.accent}">' in html
